#pragma once

#include "coreglobal.h"
#include "entity.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Backroom {

class Database;

// The condition for the quick search box: every word the clerk typed must
// appear somewhere in the entity's searchable text fields (substring, case
// ignored for Latin letters). On SQLite it uses the entity's trigram FTS5
// table (see EntitySchema::searchStatements); on PostgreSQL a GIN index of
// each field's one-, two- and three-character pieces with ILIKE beside it;
// without either, a LIKE/ILIKE per field.
//
// Which form is fast depends on how many rows match, so the words are
// measured first, through the index: a word in few rows becomes
// "id IN (rows the index names)" and the list sorts those few; a word in
// many rows becomes LIKE, so that SQLite walks the list's sort order and
// stops after one page instead of collecting and sorting all the matches.
// Words of one or two characters (张, 张伟) are too short for a trigram; the
// index vocabulary lists the trigrams that start with them instead.
class BACKROOM_CORE_EXPORT QuickSearch
{
public:
    explicit QuickSearch(Database &db);

    // Words of the search text: split at white space, control characters
    // removed, each once.
    static QStringList terms(const QString &text);
    // A term as an FTS5 string: quoted, so that ", *, AND, -, NEAR( are
    // plain text.
    static QString ftsString(const QString &term);

    // Appends "(...)" to sql and its values. Returns false with a message
    // only when the condition cannot be written at all.
    bool appendCondition(const Entity &entity, const QString &text, QString *sql, QVariantList *values,
                         QString *errorString = nullptr) const;

    // How the last appendCondition() searched, for tests and the benchmark.
    // GramIndex: PostgreSQL's index of pieces (EntitySchema::searchGramsExpression)
    // with ILIKE beside it.
    enum class Method { None, Index, Like, IndexAndLike, NoMatch, GramIndex };
    Method lastMethod() const { return m_lastMethod; }

    // Above this many matching rows a word counts as common.
    static constexpr int CommonMatches = 4000;
    // PostgreSQL: a word whose rarest piece is in this share of the rows
    // or more counts as common.
    static constexpr double CommonFraction = 0.02;
    // A short word that starts more trigrams than this is common too.
    static constexpr int MaxPrefixTrigrams = 64;

private:
    void appendLike(const Entity &entity, const QStringList &terms, QString *sql, QVariantList *values) const;
    // PostgreSQL: the piece of the word (EntitySchema::searchGramsExpression)
    // in the fewest rows by the index's statistics, and the share of the
    // rows it is in; empty without statistics.
    QString rarestPiece(const QString &indexName, const QString &word, double *frequency) const;

    Database &m_db;
    mutable Method m_lastMethod = Method::None;
};

} // namespace Backroom
