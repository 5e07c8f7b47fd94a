#pragma once

#include "coreglobal.h"

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace Backroom {

// A deliberate "nothing here yet" page: a large icon, a title, one or two
// sentences on what will appear and how, and the actions that get there.
class BACKROOM_CORE_EXPORT EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    QPushButton *addButton(const QString &text);

    QString title() const;
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

} // namespace Backroom
