#include "iconcache.h"
#include "welcomepage.h"

#include "companyfile.h"
#include "database.h"
#include "serverpasswordstore.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Backroom::Internal {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(IconCache::icon(QStringLiteral(":/backroom/icons/backroom.svg")).pixmap(QSize(96, 96), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("Welcome to Backroom"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Each company's books, staff, purchases, stores and records live in one company "
                               "file on this computer. Create a company, open an existing one, or look around "
                               "in the demo company first."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(560);

    auto *newButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("New Company…"), this);
    auto *openButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open Company…"), this);
    auto *demoButton = new QPushButton(tr("Open the Demo Company"), this);
    newButton->setDefault(true);
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch();

    auto *recentTitle = new QLabel(tr("Recent companies"), this);
    recentTitle->setObjectName(QStringLiteral("recentTitle"));
    recentTitle->setAlignment(Qt::AlignCenter);
    m_recent->setFixedWidth(640);
    m_recent->setMaximumHeight(180);
    m_recent->setTextElideMode(Qt::ElideMiddle);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    m_recent->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_recent, &QListWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QListWidgetItem *item = m_recent->itemAt(at);
        QMenu *menu = item ? contextMenuFor(item->data(Qt::UserRole).toString()) : nullptr;
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_recent->viewport()->mapToGlobal(at));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    auto *textRow = new QHBoxLayout; // centred by stretches so the wrapped text is not clipped
    textRow->addStretch();
    textRow->addWidget(text, 100);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    layout->addSpacing(24);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recent, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    setRecentFiles({});
}

QMenu *WelcomePage::contextMenuFor(const QString &path)
{
    // Only a server company has a password to forget, and only a keychain
    // can have kept it (asked here, not before: most clerks never right-click).
    if (!CompanyFile::isServerLocation(path) || !ServerPasswordStore().isAvailable())
        return nullptr;
    auto *menu = new QMenu(this);
    menu->addAction(tr("&Open"), this, [this, path] { emit recentRequested(path); });
    QAction *forget = menu->addAction(tr("&Forget Saved Password"), this,
                                      [this, path] { emit forgetPasswordRequested(path); });
    forget->setObjectName(QStringLiteral("forgetPassword"));
    return menu;
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        // A server company by its schema (or database), then the address.
        QString name = QFileInfo(path).completeBaseName();
        if (CompanyFile::isServerLocation(path)) {
            name = Database::postgresSchema(path);
            if (name.isEmpty())
                name = QUrl(path).path().mid(1);
        }
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(name, CompanyFile::displayLocation(path)),
                                         m_recent);
        item->setData(Qt::UserRole, path);
    }
    m_recent->setVisible(!paths.isEmpty());
    if (auto *title = findChild<QLabel *>(QStringLiteral("recentTitle")))
        title->setVisible(!paths.isEmpty());
    // Tall enough for the entries, no taller.
    m_recent->setFixedHeight(std::min<int>(180, int(paths.size()) * m_recent->sizeHintForRow(0) + 8));
}

} // namespace Backroom::Internal
