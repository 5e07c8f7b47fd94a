#include "iconcache.h"
#include "modulesdialog.h"

#include "modulemanager.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Backroom::Internal {

ModulesDialog::ModulesDialog(const ModuleManager &manager, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Module Status"));
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("modules"));
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels({tr("Module"), tr("Version"), tr("State"), tr("Details")});
    tree->setWordWrap(true);
    for (ModuleSpec *spec : manager.modules()) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(0, spec->id().isEmpty() ? QFileInfo(spec->filePath()).fileName() : spec->displayName());
        item->setIcon(0, spec->hasError() ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                          : IconCache::icon(spec->iconPath()));
        item->setText(1, spec->version());
        item->setText(2, ModuleSpec::stateName(spec->state()));
        item->setText(3, spec->hasError() ? spec->errorString() : spec->displayDescription());
        item->setToolTip(3, QDir::toNativeSeparators(spec->filePath()));
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);

    auto *location = new QLabel(tr("Modules are loaded from %1.")
                                    .arg(QDir::toNativeSeparators(manager.modulePaths().join(QStringLiteral(", ")))),
                                this);
    location->setWordWrap(true);
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(location);
    layout->addWidget(buttons);
    resize(820, 420);
}

} // namespace Backroom::Internal
