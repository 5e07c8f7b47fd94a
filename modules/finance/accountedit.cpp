#include "accountedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>

namespace Backroom::Finance {

AccountEdit::AccountEdit(AccountDirectory &accounts, QWidget *parent)
    : QLineEdit(parent)
    , m_accounts(accounts)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    setObjectName(QStringLiteral("accountEdit"));
    setPlaceholderText(tr("Code or name"));
    // The model holds only the database's matches (a name match need not
    // start with the typed text): the completer must show them unfiltered.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_error.clear();
        search();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        if (index.row() >= 0 && index.row() < m_matches.size()) {
            pick(m_matches.at(index.row()));
            emit picked();
        }
    });
}

void AccountEdit::setAccountId(qint64 id)
{
    m_error.clear();
    const std::optional<AccountDirectory::Account> account = m_accounts.account(id);
    m_id = account ? account->id : 0;
    m_shown = account ? account->text() : QString();
    setText(m_shown);
}

QStringList AccountEdit::suggestions() const
{
    QStringList texts;
    for (const AccountDirectory::Account &account : m_matches)
        texts.append(account.text());
    return texts;
}

void AccountEdit::search()
{
    const QString typed = text().trimmed();
    offer(typed.isEmpty() ? QList<AccountDirectory::Account>() : m_accounts.search(typed));
}

void AccountEdit::offer(const QList<AccountDirectory::Account> &matches)
{
    m_matches = matches;
    m_model->clear();
    for (const AccountDirectory::Account &account : std::as_const(m_matches))
        m_model->appendRow(new QStandardItem(account.text()));
    if (hasFocus() && !m_matches.isEmpty())
        m_completer->complete();
    else if (m_completer->popup())
        m_completer->popup()->hide();
}

void AccountEdit::pick(const AccountDirectory::Account &account)
{
    m_error.clear();
    m_id = account.id;
    m_shown = account.text();
    setText(m_shown);
    if (m_completer->popup())
        m_completer->popup()->hide();
}

bool AccountEdit::resolve()
{
    const QString typed = text().trimmed();
    if (typed.isEmpty()) {
        m_id = 0;
        m_shown.clear();
        m_error.clear();
        return true;
    }
    if (m_id != 0 && typed == m_shown)
        return true;
    // A code typed in full is the usual way: "1001" Enter.
    const QString code = typed.section(QLatin1Char(' '), 0, 0);
    const std::optional<AccountDirectory::Account> exact = m_accounts.byCode(code);
    if (exact && exact->leaf && !exact->archived && (code == typed || exact->text() == typed)) {
        pick(*exact);
        return true;
    }
    // Otherwise the suggestion the clerk highlighted, as Enter in the popup
    // itself would take it.
    QAbstractItemView *popup = m_completer->popup();
    if (popup && popup->isVisible() && popup->currentIndex().isValid()) {
        const int row = popup->currentIndex().row();
        if (row >= 0 && row < m_matches.size()) {
            pick(m_matches.at(row));
            return true;
        }
    }
    if (exact && !exact->leaf && code == typed) {
        offer(m_accounts.search(code));
        m_error = tr("%1 has sub-accounts; choose one of them.").arg(exact->text());
        return false;
    }
    const QList<AccountDirectory::Account> found = m_accounts.search(typed);
    if (found.size() == 1) {
        pick(found.constFirst());
        return true;
    }
    offer(found);
    m_error = found.isEmpty() ? tr("No account in use matches “%1”.").arg(typed)
                              : tr("Several accounts match “%1”; pick one from the list.").arg(typed);
    return false;
}

void AccountEdit::keyPressEvent(QKeyEvent *event)
{
    // F4 or Alt+Down lists matches for what is there, as combo boxes do.
    if (event->key() == Qt::Key_F4 || (event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier)) {
        search();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Backroom::Finance
