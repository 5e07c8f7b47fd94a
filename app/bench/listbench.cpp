#include "listbench.h"

#include "bench.h"
#include "companyfile.h"
#include "database.h"
#include "recordfilterbar.h"
#include "recordlistmodel.h"
#include "recordlistview.h"
#include "records.h"
#include "servercopy.h"
#include "suite.h"
#include "writetransaction.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPointer>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>
#include <functional>

namespace Backroom::Internal {

namespace {

// Bump when the generated data changes shape, so old cached files are not used.
constexpr int DataVersion = 1;
// The server's copy: 2 since unique indexes sort NULLs first there.
constexpr int ServerDataVersion = 2;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    return -1;
}

// Counts the paint events of the table's viewport.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QObject *parent) : QObject(parent) {}
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};


// Runs events until ready() holds after at least one paint of the viewport
// that started after now; returns the milliseconds, or -1 after 60 s.
double untilPainted(QElapsedTimer &timer, PaintCounter *counter, int paintsBefore, const std::function<bool()> &ready)
{
    while (timer.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (counter->paints > paintsBefore && ready())
            return double(timer.nsecsElapsed()) / 1e6;
    }
    return -1;
}

} // namespace

ListBench::ListBench(QTextStream &out, int rows, int runs, const QString &server)
    : m_out(out)
    , m_rows(rows)
    , m_runs(std::clamp(runs, 1, 7))
    , m_server(server)
{
}

QString ListBench::preparedCompany()
{
    // Generating a million records takes minutes; the file is kept in the
    // temporary folder per row count and reused by the next run.
    const QString folder = QDir::temp().filePath(QStringLiteral("backroom-bench-list"));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("partners-%1-v%2.backroom").arg(m_rows).arg(DataVersion));
    if (QFile::exists(path))
        return path;
    const QString partial = QDir(folder).filePath(QStringLiteral("partners-%1.partial.backroom").arg(m_rows));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(partial + suffix);

    QElapsedTimer timer;
    timer.start();
    {
        Suite suite;
        suite.loadModules();
        CompanyFile::NewCompany company;
        company.name = QStringLiteral("List bench");
        company.language = QStringLiteral("zh_CN");
        CompanyFile::Status status;
        if (!suite.createCompany(partial, company, &status)) {
            m_error = status.message;
            return QString();
        }
    }
    // The same path as `backroom-cli generate`: records service, every row
    // validated, one transaction.
    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    cli.setProcessEnvironment(benchEnvironment());
    cli.start(benchExecutable(QStringLiteral("backroom-cli")),
              {QStringLiteral("generate"), partial, QStringLiteral("core.partner"), QString::number(m_rows)});
    if (!cli.waitForFinished(-1) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
        m_error = QStringLiteral("backroom-cli generate failed: %1").arg(QString::fromLocal8Bit(cli.readAllStandardOutput()));
        return QString();
    }
    {
        // Names shaped like real ones (Chinese surname and given name, a
        // quarter in Latin letters), 1 % archived, and a few rare names that
        // the searches look for. Through SQL, so the triggers index them.
        Suite suite;
        suite.loadModules();
        CompanyFile::Status status;
        auto company = suite.openCompany(partial, &status);
        if (!company) {
            m_error = status.message;
            return QString();
        }
        Database &db = company->database();
        WriteTransaction transaction(db);
        const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗");
        const QString given = QStringLiteral("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彬飞斌宇浩"
                                             "凯健俊帆帅旭宁龙欢阳佳晨峰辉琳雪梅莉岚志文");
        QString error;
        const qint64 n = m_rows;
        const bool ok =
            db.exec(QStringLiteral("UPDATE core_partner SET archived = CASE WHEN id % 100 = 0 THEN 1 ELSE 0 END, "
                                   "name = substr(?, id % 20 + 1, 1) || substr(?, (id / 20) % 60 + 1, 1) "
                                   "|| substr(?, (id / 1200) % 60 + 1, 1) "
                                   "|| CASE WHEN id % 4 = 0 THEN ' Trading ' ELSE ' 商贸 ' END || id"),
                    {surnames, given, given}, &error)
            && db.exec(QStringLiteral("UPDATE core_partner SET name = '翟鹏 ' || id WHERE id IN (?, ?, ?)"),
                       {qint64(101), n / 2 + 1, n - 3}, &error)
            && db.exec(QStringLiteral("UPDATE core_partner SET name = 'Quartz Supplies ' || id WHERE id IN (?, ?, ?)"),
                       {qint64(57), n / 3, n - 7}, &error)
            && transaction.commit();
        if (!ok) {
            m_error = QStringLiteral("shaping the generated names failed: %1 %2").arg(error, transaction.errorString());
            return QString();
        }
    }
    m_out << "list_generate_" << m_rows << "_rows: " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)
          << " s\n";
    m_out.flush();
    if (!QFile::rename(partial, path)) {
        m_error = QStringLiteral("cannot move %1 into place").arg(partial);
        return QString();
    }
    return path;
}

bool ListBench::run()
{
    const QString path = preparedCompany();
    if (path.isEmpty() || !measure(path, QStringLiteral("list_")))
        return false;
    if (m_server.isEmpty())
        return true;
    const QString server =
        ServerCopy::prepared(m_out, m_server, QStringLiteral("bench_list_%1_v%2").arg(m_rows).arg(ServerDataVersion), path,
                             QStringLiteral("list_pg_copy_%1_rows").arg(m_rows), &m_error);
    return !server.isEmpty() && measure(server, QStringLiteral("list_pg_"));
}

bool ListBench::measure(const QString &location, const QString &prefix)
{
    Suite suite;
    suite.loadModules();
    CompanyFile::Status status;
    auto company = suite.openCompany(location, &status);
    if (!company) {
        m_error = status.message;
        return false;
    }
    Records records(company->database(), suite.registries().entities, QStringLiteral("bench"));
    const QString entity = QStringLiteral("core.partner");
    const auto line = [&](const QString &name, double value, const char *unit, int precision = 1) {
        m_out << prefix << name << ": " << QString::number(value, 'f', precision) << ' ' << unit << '\n';
        m_out.flush();
    };

    // Opening: view built, shown, first rows painted.
    QList<double> opened;
    QList<double> counted;
    for (int i = 0; i < m_runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto view = std::make_unique<RecordListView>(records, entity);
        auto *counter = new PaintCounter(view.get());
        view->tableView()->viewport()->installEventFilter(counter);
        view->resize(1280, 800);
        view->show();
        const double first = untilPainted(timer, counter, 0, [&] { return view->model()->rowCount() > 0; });
        if (first < 0) {
            m_error = QStringLiteral("the list never showed its rows");
            return false;
        }
        opened.append(first);
        while (view->model()->isCounting() && timer.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        counted.append(double(timer.nsecsElapsed()) / 1e6);
    }
    line(QStringLiteral("open_first_rows_painted"), median(opened), "ms");
    line(QStringLiteral("open_row_count_arrived"), median(counted), "ms");

    RecordListView view(records, entity);
    auto *counter = new PaintCounter(&view);
    view.tableView()->viewport()->installEventFilter(counter);
    view.resize(1280, 800);
    view.show();
    RecordListModel *model = view.model();
    QTableView *table = view.tableView();
    RecordFilterBar *filters = view.filterBar();
    const auto settle = [&] {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000 && (model->isCounting() || timer.elapsed() < 30))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    };
    const auto shown = [&] {
        return view.state() == RecordListView::State::NoMatches
            || (model->rowCount() > 0 && model->data(model->index(table->rowAt(0) < 0 ? 0 : table->rowAt(0), 0)).isValid());
    };
    // Each measurement: setup (not timed, settled), then the action, timed
    // until the table has painted its result.
    const auto measure = [&](const QString &name, const std::function<void()> &setup, const std::function<void()> &act) {
        QList<double> times;
        for (int i = 0; i < m_runs; ++i) {
            setup();
            settle();
            const int before = counter->paints;
            QElapsedTimer timer;
            timer.start();
            act();
            const double elapsed = untilPainted(timer, counter, before, shown);
            if (elapsed < 0) {
                m_error = QStringLiteral("%1 never painted").arg(name);
                return false;
            }
            times.append(elapsed);
        }
        line(name, median(times), "ms");
        return true;
    };
    const int money = model->columnOf(QStringLiteral("credit_limit"));
    const int name = model->columnOf(QStringLiteral("name"));
    const auto reset = [&] {
        filters->setSearchText(QString());
        filters->clearFieldFilter(QStringLiteral("kind"));
        table->sortByColumn(-1, Qt::AscendingOrder);
        model->sort(-1, Qt::AscendingOrder);
    };
    const auto sortBy = [&](int column, Qt::SortOrder order) { return [=] { table->sortByColumn(column, order); }; };
    const auto search = [&](const QString &text) { return [=] { filters->setSearchText(text); }; };
    const Filter customers = Filter::where(QStringLiteral("kind"), Filter::Op::Equal, QStringLiteral("customer"));
    const auto filterCustomers = [&] { filters->setFieldFilter(QStringLiteral("kind"), customers, QStringLiteral("customer")); };
    const auto thenSorted = [&](int column) { return [=] { reset(); table->sortByColumn(column, Qt::AscendingOrder); }; };

    bool ok = measure(QStringLiteral("sort_money_column"), reset, sortBy(money, Qt::AscendingOrder))
           && measure(QStringLiteral("sort_money_column_descending"), thenSorted(money), sortBy(money, Qt::DescendingOrder))
           && measure(QStringLiteral("sort_text_column"), reset, sortBy(name, Qt::AscendingOrder))
           && measure(QStringLiteral("filter_choice"), reset, filterCustomers)
           && measure(QStringLiteral("filter_choice_sorted_by_money"), thenSorted(money), filterCustomers)
           && measure(QStringLiteral("search_common_latin"), reset, search(QStringLiteral("trading")))
           && measure(QStringLiteral("search_common_chinese_1_char"), reset, search(QStringLiteral("王")))
           && measure(QStringLiteral("search_rare_latin"), reset, search(QStringLiteral("quartz")))
           && measure(QStringLiteral("search_rare_chinese_2_chars"), reset, search(QStringLiteral("翟鹏")))
           && measure(QStringLiteral("search_rare_latin_sorted_by_money"), thenSorted(money), search(QStringLiteral("quartz")))
           && measure(QStringLiteral("search_common_latin_sorted_by_money"), thenSorted(money), search(QStringLiteral("trading")));
    if (!ok)
        return false;

    // Ctrl+End on the list sorted by money, counted, from the top.
    const auto key = [&](int key) {
        QKeyEvent press(QEvent::KeyPress, key, Qt::ControlModifier);
        QCoreApplication::sendEvent(table, &press);
    };
    table->setFocus();
    ok = measure(QStringLiteral("ctrl_end"),
                 [&] {
                     thenSorted(money)();
                     settle();
                     table->setCurrentIndex(model->index(0, 0));
                     key(Qt::Key_Home);
                 },
                 [&] { key(Qt::Key_End); });
    if (!ok)
        return false;
    if (table->currentIndex().row() != model->rowCount() - 1) {
        m_error = QStringLiteral("Ctrl+End did not reach the last row");
        return false;
    }

    // Scrolling through every row, a model page at a time.
    reset();
    thenSorted(money)();
    settle();
    QCoreApplication::processEvents();
    const double before = residentMegabytes();
    QElapsedTimer timer;
    timer.start();
    QScrollBar *bar = table->verticalScrollBar();
    const int rows = model->rowCount();
    for (int row = 0; row < rows; row += 200) {
        table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
        table->viewport()->repaint();
    }
    bar->setValue(bar->maximum());
    table->viewport()->repaint();
    const double scrolled = double(timer.elapsed()) / 1000.0;
    const double after = residentMegabytes();
    line(QStringLiteral("scroll_all_rows"), scrolled, "s");
    line(QStringLiteral("memory_before_scrolling"), before, "MB");
    line(QStringLiteral("memory_after_scrolling"), after, "MB");
    line(QStringLiteral("rows_listed"), rows, "rows", 0);
    return true;
}

} // namespace Backroom::Internal
