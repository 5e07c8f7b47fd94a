#pragma once

#include <QWidget>

class QLabel;

namespace Backroom {

class CompanySession;
class Suite;

namespace Internal {


// "My Work": the first page after opening a company. Later issues fill the
// attention list (vouchers to review, requests to approve, stock to reorder).
// Departments are reached from the department bar, not from here.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(Suite &suite, QWidget *parent = nullptr);

    void setSession(CompanySession *session);

private:
    Suite &m_suite;
    CompanySession *m_session = nullptr;
    QLabel *m_greeting;
    QLabel *m_company;
};

} // namespace Internal
} // namespace Backroom
