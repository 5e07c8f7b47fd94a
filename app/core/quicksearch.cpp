#include "quicksearch.h"

#include "database.h"
#include "entityschema.h"
#include "recordquery.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>

namespace Backroom {

namespace {
qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}
} // namespace

QuickSearch::QuickSearch(Database &db)
    : m_db(db)
{
}

QStringList QuickSearch::terms(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList words;
    for (QString word : text.split(space, Qt::SkipEmptyParts)) {
        // The index's field separator is a control character: a word never
        // contains one, so it can never match across two fields.
        word.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
        if (!word.isEmpty() && !words.contains(word, Qt::CaseInsensitive))
            words.append(word);
    }
    return words;
}

QString QuickSearch::ftsString(const QString &term)
{
    QString quoted = term;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString QuickSearch::rarestPiece(const QString &indexName, const QString &word, double *frequency) const
{
    // The pieces' frequencies as ANALYZE last sampled them; a piece not
    // among the most common is rarer than all of those.
    // Kept prepared: planning the pg_stats view costs more than reading it.
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "WITH s AS (SELECT most_common_elems::text::text[] AS pieces, most_common_elem_freqs AS freqs "
        "FROM pg_stats WHERE schemaname = current_schema() AND tablename = ?) "
        "SELECT k.piece, s.pieces IS NOT NULL, coalesce(s.freqs[array_position(s.pieces, k.piece)], 0) "
        "FROM unnest(backroom_search_keys(?)) AS k(piece) LEFT JOIN s ON true"));
    query.bindValue(0, indexName);
    query.bindValue(1, word);
    if (!query.exec())
        return {};
    const auto finished = qScopeGuard([&query] { query.finish(); });
    QString rarest;
    double lowest = 2;
    while (query.next()) {
        if (!query.value(1).toBool())
            return {};   // never analysed: no figures to go by
        const double share = query.value(2).toDouble();
        if (share < lowest) {
            lowest = share;
            rarest = query.value(0).toString();
        }
    }
    *frequency = lowest;
    return rarest;
}

void QuickSearch::appendLike(const Entity &entity, const QStringList &words, QString *sql, QVariantList *values) const
{
    QList<Filter> all;
    const QStringList fields = EntitySchema::searchFields(entity);
    for (const QString &word : words) {
        QList<Filter> anyField;
        for (const QString &field : fields)
            anyField.append(Filter::where(field, Filter::Op::Contains, word));
        all.append(Filter::any(anyField));
    }
    QString ignored; // Contains on a declared text field cannot fail
    Filter::all(all).toSql(entity, m_db.dialect(), sql, values, &ignored);
}

bool QuickSearch::appendCondition(const Entity &entity, const QString &text, QString *sql, QVariantList *values,
                                  QString *errorString) const
{
    Q_UNUSED(errorString)
    const QStringList words = terms(text);
    m_lastMethod = Method::None;
    if (words.isEmpty()) {
        *sql += QStringLiteral("1 = 1");
        return true;
    }
    if (EntitySchema::searchFields(entity).isEmpty()) {
        m_lastMethod = Method::NoMatch;
        *sql += QStringLiteral("1 = 0"); // nothing to search in
        return true;
    }
    const auto noMatch = [&] {
        m_lastMethod = Method::NoMatch;
        *sql += QStringLiteral("1 = 0");
        return true;
    };
    const auto likeOnly = [&] {
        m_lastMethod = Method::Like;
        appendLike(entity, words, sql, values);
        return true;
    };
    if (m_db.dialect().kind() == SqlDialect::Kind::Postgres) {
        // Without its index (a company of an older version opened for
        // reading only) the functions may be missing too.
        if (!m_db.scalar(m_db.dialect().indexExistsQuery(), {EntitySchema::searchIndexName(entity)}))
            return likeOnly();
        // The planner weighs the index against walking the sort order
        // itself, from the statistics ANALYZE keeps of the indexed pieces.
        // It takes a word's pieces as independent, though: "trading" is in
        // a quarter of the rows, and so is each of its five trigrams, so it
        // expects a thousandth of them and collects and sorts every match
        // through the index where walking the order would find a page at
        // once. So the words are measured here, as on SQLite, by their
        // rarest piece: a common word is left to ILIKE (the order is walked
        // and the pieces never computed row by row), a rarer one asks the
        // index for that piece alone, which the planner estimates soundly;
        // ILIKE keeps only the rows that hold the word.
        m_lastMethod = Method::GramIndex;
        const QString grams = EntitySchema::searchGramsExpression(entity);
        const QString indexName = EntitySchema::searchIndexName(entity);
        bool anyCommon = false, anyIndexed = false;
        *sql += QLatin1Char('(');
        for (const QString &word : words) {
            double frequency = 0;
            const QString rarest = rarestPiece(indexName, word, &frequency);
            if (rarest.isEmpty()) {
                *sql += grams + QStringLiteral(" @> backroom_search_keys(?) AND ");
                values->append(word);
                anyIndexed = true;
            } else if (frequency >= CommonFraction) {
                anyCommon = true;
            } else {
                *sql += grams + QStringLiteral(" @> ARRAY[CAST(? AS text)] AND ");
                values->append(rarest);
                anyIndexed = true;
            }
        }
        if (anyCommon && !anyIndexed)
            m_lastMethod = Method::Like;
        appendLike(entity, words, sql, values);
        *sql += QLatin1Char(')');
        return true;
    }
    if (m_db.dialect().kind() != SqlDialect::Kind::Sqlite)
        return likeOnly();

    const QString fts = EntitySchema::searchTableName(entity);
    QStringList parts;  // FTS5 expressions, one per word the index can take
    QStringList common; // words in so many rows that LIKE finds a page sooner
    for (const QString &word : words) {
        if (characters(word) >= 3) {
            parts.append(ftsString(word));
            continue;
        }
        // Every character of a document starts a trigram (each field ends in
        // two separators), so the trigrams that begin with the word are
        // exactly the places it occurs. The tokenizer folds case; so does
        // this lower bound.
        const QString low = word.toLower();
        const QString high = low + QString::fromUcs4(U"\U0010FFFF", 1);
        QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT term FROM %1 WHERE term >= ? AND term < ? LIMIT %2")
                                             .arg(EntitySchema::searchVocabularyName(entity))
                                             .arg(MaxPrefixTrigrams + 1));
        query.addBindValue(low);
        query.addBindValue(high);
        if (!query.exec()) {
            query.finish();
            return likeOnly(); // no index (a file opened for reading only)
        }
        QStringList trigrams;
        while (query.next())
            trigrams.append(ftsString(query.value(0).toString()));
        query.finish();
        if (trigrams.isEmpty())
            return noMatch();
        if (trigrams.size() > MaxPrefixTrigrams)
            common.append(word);
        else
            parts.append(QLatin1Char('(') + trigrams.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    if (parts.isEmpty())
        return likeOnly();

    // Counting stops at CommonMatches, so a common word costs no more than
    // a rare one to measure.
    const QString expression = parts.join(QStringLiteral(" AND "));
    QString error;
    const auto matches = m_db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %1 MATCH ? LIMIT %2)")
                                         .arg(fts)
                                         .arg(CommonMatches),
                                     {expression}, &error);
    if (!matches)
        return likeOnly();
    if (matches->toLongLong() == 0)
        return noMatch();
    if (matches->toLongLong() >= CommonMatches)
        return likeOnly();
    m_lastMethod = common.isEmpty() ? Method::Index : Method::IndexAndLike;
    *sql += QStringLiteral("(id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(fts);
    values->append(expression);
    if (!common.isEmpty()) {
        *sql += QStringLiteral(" AND ");
        appendLike(entity, common, sql, values);
    }
    *sql += QLatin1Char(')');
    return true;
}

} // namespace Backroom
