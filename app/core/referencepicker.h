#pragma once

#include "coreglobal.h"

#include <QLineEdit>
#include <QTimer>

class QCompleter;
class QStandardItemModel;

namespace Backroom {

class Records;

// Picks a record of another entity by typing part of its name or code. It
// asks the records service for at most a page of matches as the clerk types
// (never every row, so a million partners cost the same as ten), shows them
// in a popup, and holds the chosen record's id. Leaving with text that names
// exactly one record picks it; anything else is reported by inputError().
class BACKROOM_CORE_EXPORT ReferencePicker : public QLineEdit
{
    Q_OBJECT

public:
    ReferencePicker(Records &records, const QString &entityId, QWidget *parent = nullptr);

    QString entityId() const { return m_entityId; }
    qint64 recordId() const { return m_id; }
    // Sets the record (0 for none) and shows its display name.
    void setRecordId(qint64 id);
    QString inputError() const { return m_error; }
    // The matches currently offered (display texts), for tests.
    QStringList suggestions() const;
    // Runs the search for the current text now instead of after the pause.
    void searchNow();

    static constexpr int MaxSuggestions = 15;

signals:
    // The clerk picked another record or cleared the field.
    void recordEdited();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    void pick(qint64 id, const QString &text);
    void resolveTypedText();
    QString describe(const QVariantMap &values, QString *detail) const;

    Records &m_records;
    QString m_entityId;
    qint64 m_id = 0;
    QString m_shown;            // the display name of m_id as shown
    QString m_error;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
    QTimer m_pause;
    bool m_picking = false;
};

} // namespace Backroom
