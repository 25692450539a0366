#include "registry/registrysearchstore.h"

#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "registry/citizenid.h"
#include "registry/phonenumber.h"
#include "registry/pinyin.h"
#include "registry/searchindexstore.h"
#include "registry/sex.h"
#include "security/fieldcipher.h"

#include "db/sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::RegistrySearchStore)
};

QString searchFailed(const QSqlQuery& q)
{
    return Tr::tr("The search could not be made: %1").arg(describeSqlError(q.lastError()));
}

// The end of a prefix range: every string starting with the prefix sorts below it. A BINARY
// index serves "x >= ? AND x < ?" where LIKE 'x%' could not use it.
QString rangeEnd(const QString& prefix)
{
    return prefix + QChar(0xFFFF);
}

// A word as an FTS5 phrase: quoted, inner quotes doubled, so signs in it are no syntax.
QString ftsPhrase(const QString& word)
{
    QString w = word;
    w.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + w + QLatin1Char('"');
}

bool looksLikeIdPart(const QString& word)
{
    for (QChar ch : word)
        if (!(ch.isDigit() || ch == QLatin1Char('X')))
            return false;
    return true;
}

// The columns the list sorts by, the last one the id that breaks ties.
QStringList sortColumns(const RegistryQuery& q)
{
    QStringList cols;
    // Names by pinyin as Excel and WPS sort them (曾 zeng before 张 zhang), same spellings
    // by the characters.
    const QStringList byName{QStringLiteral("p.name_pinyin"), QStringLiteral("p.name")};
    switch (q.sort) {
    case RegistryQuery::Sort::Name:
        cols = byName;
        break;
    case RegistryQuery::Sort::CitizenId:
        cols = {QStringLiteral("p.citizen_id")};
        break;
    case RegistryQuery::Sort::BirthDate:
        cols = {QStringLiteral("p.birth_date")};
        break;
    case RegistryQuery::Sort::Township:
        cols = QStringList{QStringLiteral("p.township_code")} + byName;
        break;
    case RegistryQuery::Sort::Village:
        cols = QStringList{QStringLiteral("p.village_code")} + byName;
        break;
    case RegistryQuery::Sort::Status:
        cols = QStringList{QStringLiteral("p.status")} + byName;
        break;
    case RegistryQuery::Sort::KeyPerson:
        cols = QStringList{QStringLiteral("p.key_person")} + byName;
        break;
    case RegistryQuery::Sort::Registered:
        break;
    }
    cols << QStringLiteral("p.id"); // ties broken the same way on every page
    return cols;
}

QString orderBy(const RegistryQuery& q)
{
    const QString dir = q.order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    QStringList cols = sortColumns(q);
    for (QString& c : cols)
        c += dir;
    return cols.join(QStringLiteral(", "));
}

// Sort columns that may hold NULL (not spelled yet; no village). SQLite sorts NULL first
// going up and last going down.
bool mayBeNull(const QString& column)
{
    return column == QLatin1String("p.name_pinyin") || column == QLatin1String("p.village_code");
}

// The rows after `key` in the order of `cols`, exactly, NULLs included.
QString keysetAfter(const QStringList& cols, const QVariantList& key, bool desc, int i,
                    QVariantList* binds)
{
    const QString& c = cols.at(i);
    const QVariant& v = key.at(i);
    if (i == cols.size() - 1) { // the id, never NULL
        *binds << v;
        return c + (desc ? QStringLiteral(" < ?") : QStringLiteral(" > ?"));
    }
    QVariantList rest;
    const QString after = keysetAfter(cols, key, desc, i + 1, &rest);
    if (v.isNull()) {
        *binds << rest;
        return desc ? QStringLiteral("(%1 IS NULL AND %2)").arg(c, after)
                    : QStringLiteral("(%1 IS NOT NULL OR (%1 IS NULL AND %2))").arg(c, after);
    }
    *binds << v << v << rest;
    const QString nullsLast =
        desc && mayBeNull(c) ? QStringLiteral(" OR %1 IS NULL").arg(c) : QString();
    return QStringLiteral("(%1 %2 ?%3 OR (%1 = ? AND %4))")
        .arg(c, desc ? QStringLiteral("<") : QStringLiteral(">"), nullsLast, after);
}
} // namespace

RegistrySearchStore::Sql RegistrySearchStore::build(const RegistryQuery& query) const
{
    Sql sql;
    QStringList conds;
    // A phone number typed with spaces ("138 0739 1234") is one word, not three.
    const PhoneCheck wholePhone = PhoneNumber::check(query.text);
    QStringList words = wholePhone.valid && !wholePhone.digits.isEmpty()
                            ? QStringList{query.text.trimmed()}
                            : query.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // "zhang jian" is one name typed in pinyin with a space, not two words.
    if (words.size() > 1 && !Pinyin::searchTerm(words.join(QString())).isEmpty())
        words = QStringList{words.join(QString())};
    std::shared_ptr<const FieldCipher> cipher;
    for (const QString& raw : words) {
        // Full-width digits and a lower-case x are how IDs get typed.
        const QString idForm = CitizenId::normalise(raw);
        QString word = looksLikeIdPart(idForm) ? idForm : raw;
        QStringList alts;
        if (const QString pinyin = Pinyin::searchTerm(raw); !pinyin.isEmpty()) {
            // Letters only: the name's initials ("zjg") or its full pinyin ("zhangjianguo",
            // "zhangj"), each a prefix range on its own index.
            conds << QStringLiteral("((p.name_initials >= ? AND p.name_initials < ?) OR "
                                    "(p.name_spell >= ? AND p.name_spell < ?))");
            sql.binds << pinyin << rangeEnd(pinyin) << pinyin << rangeEnd(pinyin);
            continue;
        }
        const PhoneCheck phone = PhoneNumber::check(raw);
        if (phone.valid && !phone.digits.isEmpty()) {
            if (!cipher) {
                auto c = FieldCipher::forDatabase(m_db);
                if (!c) {
                    sql.error = c.error(); // without the key no phone number can be found
                    return sql;
                }
                cipher = c.value();
            }
            alts << QStringLiteral("p.phone_index = ?");
            sql.binds << cipher->blindIndex(phone.digits);
        }
        if (phone.valid && !phone.digits.isEmpty())
            word = phone.digits; // an ID fragment can only be its digits
        const CitizenIdCheck wholeId =
            word.size() >= 15 ? CitizenId::check(word, QDate()) : CitizenIdCheck();
        if (word.size() >= 15 && wholeId.isValid()) {
            // A whole ID: the unique index answers at once; 16 common trigrams would not.
            alts << QStringLiteral("p.citizen_id = ?");
            sql.binds << wholeId.canonical;
        } else if (word.size() >= 3) {
            alts << QStringLiteral(
                "p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)");
            sql.binds << ftsPhrase(word);
        } else if (!looksLikeIdPart(word)) {
            // Trigrams need three characters: search the name from its 1st to 4th character
            // by index ranges, and the few hundred village names directly.
            alts << QStringLiteral("(p.name >= ? AND p.name < ?)")
                 << QStringLiteral("(substr(p.name, 2) >= ? AND substr(p.name, 2) < ?)")
                 << QStringLiteral("(substr(p.name, 3) >= ? AND substr(p.name, 3) < ?)")
                 << QStringLiteral("(substr(p.name, 4) >= ? AND substr(p.name, 4) < ?)")
                 << QStringLiteral(
                        "p.village_code IN (SELECT code FROM villages WHERE instr(name, ?) > 0)");
            for (int i = 0; i < 4; ++i)
                sql.binds << word << rangeEnd(word);
            sql.binds << word;
        }
        if (alts.isEmpty()) {
            sql.empty = true; // e.g. "12": too short for an ID part, no name has digits
            return sql;
        }
        conds << QLatin1Char('(') + alts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!query.townshipCode.isEmpty()) {
        conds << QStringLiteral("p.township_code = ?");
        sql.binds << query.townshipCode;
    }
    if (!query.categoryCode.isEmpty()) {
        const QString today = toIsoDate(m_db.clock().today());
        // Within a township or a search few persons remain: probe each one's categories. Alone,
        // the category's own index gives the list.
        if (!query.townshipCode.isEmpty() || !words.isEmpty())
            conds << QStringLiteral(
                "EXISTS (SELECT 1 FROM person_categories pc WHERE pc.person_id = p.id "
                "AND pc.category_code = ? AND pc.start_date <= ? AND "
                "(pc.end_date IS NULL OR pc.end_date > ?))");
        else
            conds << QStringLiteral(
                "p.id IN (SELECT person_id FROM person_categories WHERE category_code = ? "
                "AND start_date <= ? AND (end_date IS NULL OR end_date > ?))");
        sql.binds << query.categoryCode << today << today;
    }
    if (query.status) {
        conds << QStringLiteral("p.status = ?");
        sql.binds << personStatusKey(*query.status);
    }
    if (query.keyPersonsOnly)
        conds << QStringLiteral("p.key_person = 1");
    if (!conds.isEmpty())
        sql.where = QStringLiteral(" WHERE ") + conds.join(QStringLiteral(" AND "));
    return sql;
}

qint64 RegistrySearchStore::count(const RegistryQuery& query) const
{
    const auto n = countOrError(query);
    return n ? n.value() : 0;
}

Result<qint64> RegistrySearchStore::countOrError(const RegistryQuery& query) const
{
    if (Status spelled = SearchIndexStore(m_db).fillMissingPinyin(); !spelled)
        return spelled;
    const Sql sql = build(query);
    if (!sql.error.isEmpty())
        return Status::failure(sql.error);
    if (sql.empty)
        return qint64(0);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM persons p") + sql.where);
    for (const QVariant& v : sql.binds)
        q.addBindValue(v);
    if (Status read = runSingle(q, searchFailed(q)); !read)
        return read;
    return q.value(0).toLongLong();
}

QList<qint64> RegistrySearchStore::pageIds(const RegistryQuery& query, int offset, int limit) const
{
    QList<qint64> ids;
    (void)SearchIndexStore(m_db).fillMissingPinyin(); // unspelled names would sort first
    const Sql sql = build(query);
    if (sql.empty || limit <= 0)
        return ids;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id FROM persons p%1 ORDER BY %2 LIMIT ? OFFSET ?")
                  .arg(sql.where, orderBy(query)));
    for (const QVariant& v : sql.binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(qMax(0, offset));
    if (q.exec())
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

QList<PersonRow> RegistrySearchStore::page(const RegistryQuery& query, int offset, int limit) const
{
    auto rows = pageOrError(query, offset, limit);
    return rows ? rows.takeValue() : QList<PersonRow>();
}

Result<QList<PersonRow>> RegistrySearchStore::pageOrError(const RegistryQuery& query, int offset,
                                                          int limit) const
{
    if (Status spelled = SearchIndexStore(m_db).fillMissingPinyin(); !spelled)
        return spelled;
    const Sql sql = build(query);
    if (!sql.error.isEmpty())
        return Status::failure(sql.error);
    if (sql.empty || limit <= 0)
        return QList<PersonRow>();
    QVariantList binds = sql.binds;
    binds << limit << qMax(0, offset);
    return read(query,
                QStringLiteral("SELECT p.id FROM persons p%1 ORDER BY %2 LIMIT ? OFFSET ?")
                    .arg(sql.where, orderBy(query)),
                binds, nullptr);
}

Result<QList<PersonRow>> RegistrySearchStore::pageAfter(const RegistryQuery& query,
                                                        QVariantList* after, int limit) const
{
    if (Status spelled = SearchIndexStore(m_db).fillMissingPinyin(); !spelled)
        return spelled;
    const Sql sql = build(query);
    if (!sql.error.isEmpty())
        return Status::failure(sql.error);
    if (sql.empty || limit <= 0)
        return QList<PersonRow>();
    const QStringList cols = sortColumns(query);
    const bool desc = query.order == Qt::DescendingOrder;
    QString where = sql.where;
    QVariantList binds = sql.binds;
    if (!after->isEmpty()) {
        if (after->size() != cols.size())
            return Status::failure(Tr::tr("The search could not be made: the list changed its "
                                          "order while it was read."));
        // The exact condition, and before it a bound on the leading sort columns that lets
        // SQLite seek in the sort's index instead of walking to the place. Going down, NULLs
        // come last: a column that may hold NULL bounds only when it holds none.
        QStringList bound;
        QVariantList boundValues;
        for (qsizetype i = 0; i < cols.size() && !after->at(i).isNull(); ++i) {
            if (desc && mayBeNull(cols.at(i))) {
                QSqlQuery probe(m_db.connection());
                probe.setForwardOnly(true);
                probe.prepare(QStringLiteral("SELECT 1 FROM persons p WHERE %1 IS NULL LIMIT 1")
                                  .arg(cols.at(i)));
                if (Status s = runQuery(probe); !s)
                    return s;
                if (probe.next())
                    break;
            }
            bound << cols.at(i);
            boundValues << after->at(i);
        }
        QStringList conds;
        const QString op = desc ? QStringLiteral(" <= ") : QStringLiteral(" >= ");
        if (bound.size() == 1)
            conds << bound.first() + op + QStringLiteral("?");
        else if (bound.size() > 1)
            conds << QStringLiteral("(%1)%2(%3)")
                         .arg(bound.join(QStringLiteral(", ")), op,
                              QStringList(bound.size(), QStringLiteral("?"))
                                  .join(QStringLiteral(", ")));
        binds << boundValues;
        conds << keysetAfter(cols, *after, desc, 0, &binds);
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                 conds.join(QStringLiteral(" AND "));
    }
    binds << limit;
    return read(query,
                QStringLiteral("SELECT p.id FROM persons p%1 ORDER BY %2 LIMIT ?")
                    .arg(where, orderBy(query)),
                binds, after);
}

Result<QList<PersonRow>> RegistrySearchStore::read(const RegistryQuery& query, const QString& inner,
                                                   const QVariantList& innerBinds,
                                                   QVariantList* lastKey) const
{
    QList<PersonRow> rows;
    const QStringList cols = sortColumns(query);
    // The inner query walks only the (covering) index to the page; the outer one reads the
    // page's rows, joins the names and gives the sort key of each row.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT p.id, p.name, p.sex, p.citizen_id, p.birth_date, t.name, v.name, "
                       "p.categories_summary, p.status, p.key_person, %3 FROM persons p "
                       "JOIN townships t ON t.code = p.township_code "
                       "LEFT JOIN villages v ON v.code = p.village_code "
                       "WHERE p.id IN (%1) ORDER BY %2")
            .arg(inner, orderBy(query), cols.join(QStringLiteral(", "))));
    for (const QVariant& v : innerBinds)
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(searchFailed(q));
    QVariantList key;
    while (q.next()) {
        PersonRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.sex = sexTitle(sexFromKey(q.value(2).toString()));
        r.maskedCitizenId = CitizenId::mask(q.value(3).toString());
        r.birthDate = fromIsoDate(q.value(4).toString());
        r.townshipName = q.value(5).toString();
        r.villageName = q.value(6).toString();
        r.categories = q.value(7).toString();
        personStatusFromKey(q.value(8).toString(), &r.status);
        r.keyPerson = q.value(9).toBool();
        rows << r;
        key.clear();
        for (qsizetype i = 0; i < cols.size(); ++i)
            key << q.value(int(10 + i));
    }
    if (q.lastError().isValid())
        return Status::failure(searchFailed(q));
    if (lastKey && !rows.isEmpty())
        *lastKey = key;
    return rows;
}

} // namespace youfu::core
