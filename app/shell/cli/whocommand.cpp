#include "whocommand.h"

#include "companyfile.h"
#include "companylock.h"
#include "whoisworking.h"

#include <QFileInfo>

#include <algorithm>

namespace Backroom::Internal {

WhoCommand::WhoCommand(QTextStream &out, QTextStream &err, UsageError usageError)
    : m_out(out)
    , m_err(err)
    , m_usageError(std::move(usageError))
{
}

int WhoCommand::run(const QStringList &positional)
{
    if (positional.size() != 1)
        return m_usageError(tr("who needs exactly one SOURCE"));
    const QString &source = positional.constFirst();
    CompanyFile::Status status;
    std::unique_ptr<CompanyFile> company = CompanyFile::openReadOnly(source, &status);
    if (!company) {
        m_err << status.message << '\n';
        m_err.flush();
        return 1;
    }
    if (!company->isOnServer()) {
        // Checked to be a company, then let go: reading a file nobody works
        // in holds its lock, and the question is who else does. A lock left
        // by a crashed session is nobody's.
        company.reset();
        CompanyLock lock(QFileInfo(source).canonicalFilePath());
        const bool held = lock.tryLock() == CompanyLock::Result::HeldByOther;
        const CompanyLock::Holder holder = held ? lock.otherHolder() : CompanyLock::Holder();
        lock.unlock();
        m_out << WhoIsWorking::oneDeskSentence(holder.isValid() ? holder.describe() : WhoIsWorking::nobody()) << '\n';
        m_out.flush();
        return 0;
    }
    QString error;
    const std::optional<QList<WhoIsWorking::Connection>> connections = WhoIsWorking::list(company->database(), &error);
    if (!connections) {
        m_err << tr("The server could not say who is connected: %1").arg(error) << '\n';
        m_err.flush();
        return 1;
    }
    QList<QStringList> rows{{tr("USER"), tr("COMPUTER"), tr("CONNECTION"), tr("SINCE"), tr("PROCESS"), tr("STATE")}};
    for (const WhoIsWorking::Connection &connection : *connections)
        rows.append({connection.mine ? tr("%1 (this command)").arg(connection.clerkText()) : connection.clerkText(),
                     connection.hostText(), connection.kindText(), connection.sinceText(),
                     QString::number(connection.pid), connection.stateText()});
    // Columns as wide as their longest cell; the state, last, as it is.
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column + 1 < row.size(); ++column)
            m_out << row.at(column).leftJustified(widths[column] + 2);
        m_out << row.constLast() << '\n';
    }
    m_out.flush();
    return 0;
}

} // namespace Backroom::Internal
