#include "workflowbar.h"

#include "records.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Backroom {

WorkflowBar::WorkflowBar(Records &records, const QString &entityId, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_entityId(entityId)
    , m_badge(new QLabel(this))
    , m_lockHint(new QLabel(this))
    , m_buttonRow(new QHBoxLayout)
    , m_historyButton(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_badge->setObjectName(QStringLiteral("workflowStateBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_badge);
    // Says why the fields below stopped being editable.
    m_lockHint->setText(tr("Read-only in this state"));
    QPalette muted = m_lockHint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_lockHint->setPalette(muted);
    layout->addWidget(m_lockHint);
    layout->addSpacing(8);
    m_buttonRow->setSpacing(6);
    layout->addLayout(m_buttonRow);
    layout->addStretch(1);
    m_historyButton->setText(tr("History"));
    m_historyButton->setToolTip(tr("Who moved this record from which state to which, and when"));
    m_historyButton->setAutoRaise(true);
    m_historyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_historyButton);
    connect(m_historyButton, &QToolButton::clicked, this, [this] { showHistory(); });

    // Another window (or this form) saved the record: show its new state.
    connect(&m_records, &Records::changed, this, [this](const QString &entityId, qint64 id) {
        if (entityId == m_entityId && m_id != 0 && (id == 0 || id == m_id))
            reload();
    });
    rebuild();
}

WorkflowBar::~WorkflowBar() = default;

QColor WorkflowBar::toneBackground(Workflow::Tone tone)
{
    switch (tone) {
    case Workflow::Tone::Neutral: return QColor(0xe8, 0xea, 0xed);
    case Workflow::Tone::Progress: return QColor(0xd6, 0xe4, 0xfb);
    case Workflow::Tone::Success: return QColor(0xd4, 0xee, 0xdc);
    case Workflow::Tone::Warning: return QColor(0xfd, 0xeb, 0xc8);
    case Workflow::Tone::Danger: return QColor(0xf9, 0xdc, 0xd9);
    }
    return QColor(0xe8, 0xea, 0xed);
}

QColor WorkflowBar::toneForeground(Workflow::Tone tone)
{
    switch (tone) {
    case Workflow::Tone::Neutral: return QColor(0x3c, 0x40, 0x43);
    case Workflow::Tone::Progress: return QColor(0x17, 0x4e, 0xa6);
    case Workflow::Tone::Success: return QColor(0x1b, 0x6b, 0x38);
    case Workflow::Tone::Warning: return QColor(0x8a, 0x55, 0x00);
    case Workflow::Tone::Danger: return QColor(0xa5, 0x24, 0x1a);
    }
    return QColor(0x3c, 0x40, 0x43);
}

void WorkflowBar::setRecord(qint64 id, qint64 version)
{
    m_id = id;
    m_version = version;
    reload();
    // Reload reads the current version; keep the one the form shows, so a
    // record changed elsewhere since is reported rather than moved on.
    if (version >= 0)
        m_version = version;
}

bool WorkflowBar::isEditable() const
{
    const Entity *entity = m_records.entity(m_entityId);
    return !entity || !entity->workflow() || entity->workflow()->isEditable(m_state);
}

void WorkflowBar::reload()
{
    const Entity *entity = m_records.entity(m_entityId);
    const Workflow *flow = entity ? entity->workflow() : nullptr;
    m_state = flow ? flow->initialStateKey() : QString();
    if (flow && m_id != 0) {
        if (const std::optional<Record> record = m_records.read(m_entityId, m_id)) {
            m_state = flow->stateOf(*record);
            m_version = record->version;
        }
    }
    rebuild();
}

void WorkflowBar::rebuild()
{
    const Entity *entity = m_records.entity(m_entityId);
    const Workflow *flow = entity ? entity->workflow() : nullptr;
    // Only ever hidden here: showing is the parent's business (a bar made
    // without a parent would otherwise pop up as a window).
    if (!flow) {
        hide();
        return;
    }

    const Workflow::State *state = flow->findState(m_state);
    const Workflow::Tone tone = state ? state->tone : Workflow::Tone::Neutral;
    m_badge->setText(flow->stateLabel(m_state));
    m_badge->setToolTip(tr("State"));
    m_badge->setStyleSheet(QStringLiteral("QLabel#workflowStateBadge { background: %1; color: %2; border-radius: 10px;"
                                          " padding: 3px 12px; font-weight: 600; }")
                               .arg(toneBackground(tone).name(), toneForeground(tone).name()));
    m_lockHint->setVisible(!flow->isEditable(m_state));

    // Later, not now: this may run inside one of these buttons' clicked().
    for (QPushButton *button : std::as_const(m_buttons)) {
        m_buttonRow->removeWidget(button);
        button->hide();
        button->deleteLater();
    }
    m_buttons.clear();
    if (m_id != 0) {
        Record current;
        current.values.insert(Workflow::stateField(), m_state);
        for (const Workflow::Transition *step : flow->available(current)) {
            auto *button = new QPushButton(step->label ? step->label() : step->key, this);
            button->setObjectName(QStringLiteral("transition_") + step->key);
            button->setAutoDefault(false);
            button->setToolTip(tr("Move to “%1”").arg(flow->stateLabel(step->to)));
            const QString key = step->key;
            connect(button, &QPushButton::clicked, this, [this, key] { take(key); });
            m_buttonRow->addWidget(button);
            m_buttons.insert(step->key, button);
        }
    }
    m_historyButton->setVisible(m_id != 0);
}

void WorkflowBar::notify(const QString &title, const QString &text)
{
    if (m_notify)
        m_notify(title, text);
    else
        QMessageBox::warning(this, title, text);
}

std::optional<QString> WorkflowBar::ask(const QString &title, const QString &question, const QString &action,
                                        Workflow::Comment comment)
{
    if (m_prompt)
        return m_prompt(title, question, action, comment);
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(question, &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    QPlainTextEdit *edit = nullptr;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(action);
    if (comment != Workflow::Comment::None) {
        edit = new QPlainTextEdit(&dialog);
        edit->setTabChangesFocus(true);
        edit->setPlaceholderText(comment == Workflow::Comment::Required ? tr("Comment (required)")
                                                                        : tr("Comment (optional)"));
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        layout->addWidget(edit);
        if (comment == Workflow::Comment::Required) {
            ok->setEnabled(false);
            connect(edit, &QPlainTextEdit::textChanged, ok,
                    [edit, ok] { ok->setEnabled(!edit->toPlainText().trimmed().isEmpty()); });
        }
        edit->setFocus();
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(qMax(dialog.sizeHint().width(), 420), dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit ? edit->toPlainText().trimmed() : QString();
}

bool WorkflowBar::take(const QString &transitionKey)
{
    const Entity *entity = m_records.entity(m_entityId);
    const Workflow *flow = entity ? entity->workflow() : nullptr;
    const Workflow::Transition *step = flow ? flow->findTransition(transitionKey) : nullptr;
    if (!step || m_id == 0)
        return false;
    const QString action = flow->transitionLabel(transitionKey);
    if (m_guard && !m_guard())
        return false;

    QString comment;
    if (step->confirm || step->comment != Workflow::Comment::None) {
        const QString name = m_records.displayName(m_entityId, m_id);
        const QString question = tr("“%1” moves %2 “%3” from “%4” to “%5”.")
                                     .arg(action, entity->label(), name, flow->stateLabel(m_state),
                                          flow->stateLabel(step->to));
        const std::optional<QString> answer = ask(action, question, action, step->comment);
        if (!answer)
            return false;
        comment = *answer;
    }

    const Records::Result result = m_records.transition(m_entityId, m_id, m_version, transitionKey, comment);
    if (!result.ok()) {
        notify(tr("“%1” not done").arg(action), result.message);
        reload();
        return false;
    }
    m_version = result.version;
    reload();
    emit transitioned(transitionKey, result.version);
    return true;
}

QFrame *WorkflowBar::showHistory()
{
    const Entity *entity = m_records.entity(m_entityId);
    const Workflow *flow = entity ? entity->workflow() : nullptr;
    if (!flow)
        return nullptr;
    if (!m_historyPopup) {
        m_historyPopup = new QFrame(this, Qt::Popup);
        m_historyPopup->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(m_historyPopup);
        layout->setContentsMargins(8, 8, 8, 8);
        auto *title = new QLabel(tr("History"), m_historyPopup);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        layout->addWidget(title);
        m_historyTree = new QTreeWidget(m_historyPopup);
        m_historyTree->setRootIsDecorated(false);
        m_historyTree->setSelectionMode(QAbstractItemView::NoSelection);
        m_historyTree->setFocusPolicy(Qt::NoFocus);
        m_historyTree->setHeaderLabels({tr("When"), tr("By"), tr("Change"), tr("Comment")});
        m_historyTree->header()->setStretchLastSection(true);
        layout->addWidget(m_historyTree);
    }
    m_historyTree->clear();
    const QList<Workflow::HistoryEntry> entries = m_records.transitionHistory(m_entityId, m_id);
    const QLocale locale;
    // Newest first: the clerk looks for the last step.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_historyTree);
        item->setText(0, locale.toString(it->at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, it->user);
        item->setText(2, tr("%1: %2 → %3")
                             .arg(flow->transitionLabel(it->transition), flow->stateLabel(it->fromState),
                                  flow->stateLabel(it->toState)));
        item->setText(3, it->comment);
        item->setToolTip(3, it->comment);
    }
    if (entries.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_historyTree);
        item->setText(0, tr("No steps yet: created as “%1”.").arg(flow->stateLabel(flow->initialStateKey())));
        item->setFirstColumnSpanned(true);
        item->setForeground(0, palette().color(QPalette::PlaceholderText));
    }
    // Room between columns: CJK text has no side bearing to separate it.
    for (int column = 0; column < 3; ++column) {
        m_historyTree->resizeColumnToContents(column);
        m_historyTree->setColumnWidth(column, m_historyTree->columnWidth(column) + 16);
    }
    const int rows = qBound(2, int(entries.size()), 10);
    const int rowHeight = m_historyTree->sizeHintForRow(0) > 0 ? m_historyTree->sizeHintForRow(0)
                                                               : fontMetrics().height() + 6;
    int width = 24;
    for (int column = 0; column < 3; ++column)
        width += m_historyTree->columnWidth(column);
    m_historyTree->setFixedSize(qMax(width + 160, 480), m_historyTree->header()->sizeHint().height()
                                                            + rows * rowHeight + 2 * m_historyTree->frameWidth() + 2);
    m_historyPopup->adjustSize();
    QPoint at = m_historyButton->mapToGlobal(QPoint(m_historyButton->width(), m_historyButton->height()));
    at.rx() -= m_historyPopup->width();
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        at.setX(qBound(available.left(), at.x(), qMax(available.left(), available.right() - m_historyPopup->width())));
        at.setY(qBound(available.top(), at.y(), qMax(available.top(), available.bottom() - m_historyPopup->height())));
    }
    m_historyPopup->move(at);
    m_historyPopup->show();
    return m_historyPopup;
}

} // namespace Backroom
