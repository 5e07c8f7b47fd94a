#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Backroom {
class Records;
}

namespace Backroom::Finance {

// 期末结账: the months of the books, open or closed, with what closing the
// next one checks and the buttons to close it or reopen the latest closed
// one. The work is PeriodClose's; this page only asks and shows.
class PeriodsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodsPage(Records &records, QWidget *parent = nullptr);

    // The month closing would take next, and the one reopening would.
    QString nextToClose() const { return m_nextToClose; }
    QString lastClosed() const { return m_lastClosed; }

    // How the page asks before closing and for the reason to reopen (a
    // message box and an input dialog; tests answer instead).
    using Confirmation = std::function<bool(const QString &question)>;
    using ReasonQuestion = std::function<std::optional<QString>(const QString &question)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void setReasonQuestion(ReasonQuestion ask) { m_askReason = std::move(ask); }
    QString message() const;

public slots:
    void refresh();
    bool closeNext();
    bool reopenLast();
    // 期末调汇 of the month to close next: shows what each foreign-currency
    // account's balance is worth at the month-end rate and, when the clerk
    // agrees, posts the difference (Revaluation).
    bool revalue();

private:
    void showChecks();

    Records &m_records;
    QTableWidget *m_table = nullptr;
    QLabel *m_checks = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_revalue = nullptr;
    Confirmation m_confirm;
    ReasonQuestion m_askReason;
    QString m_nextToClose;
    QString m_lastClosed;
};

} // namespace Backroom::Finance
