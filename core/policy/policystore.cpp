#include "policy/policystore.h"

#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "policy/policyrules.h"
#include "registry/categorystore.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PolicyStore)
};

const char* const kColumns =
    "s.id, s.item, s.category_code, coalesce(c.name, ''), s.grade, s.nature, s.residence, "
    "s.amount_fen, s.effective_from, s.basis_number, s.basis_title, s.note, s.created_at, "
    "coalesce(u.display_name, u.login, '') FROM benefit_standards s "
    "LEFT JOIN categories c ON c.code = s.category_code "
    "LEFT JOIN users u ON u.id = s.created_by";

BenefitStandard fromRow(const QSqlQuery& q)
{
    BenefitStandard s;
    s.id = q.value(0).toLongLong();
    PolicyRules::itemFromKey(q.value(1).toString(), &s.item);
    s.categoryCode = q.value(2).toString();
    s.categoryName = q.value(3).toString();
    s.grade = q.value(4).toInt();
    s.nature = q.value(5).toString();
    PolicyRules::residenceFromKey(q.value(6).toString(), &s.residence);
    s.amountFen = q.value(7).toLongLong();
    s.effectiveFrom = fromIsoDate(q.value(8).toString());
    s.basisNumber = q.value(9).toString();
    s.basisTitle = q.value(10).toString();
    s.note = q.value(11).toString();
    s.createdAt = fromIsoUtc(q.value(12).toString());
    s.createdBy = q.value(13).toString();
    return s;
}

QList<BenefitStandard> readAll(QSqlQuery& q)
{
    QList<BenefitStandard> list;
    while (q.next())
        list << fromRow(q);
    return list;
}

QJsonObject toJson(const BenefitStandard& s)
{
    return {{QStringLiteral("item"), PolicyRules::itemKey(s.item)},
            {QStringLiteral("category"), s.categoryCode},
            {QStringLiteral("grade"), s.grade},
            {QStringLiteral("nature"), s.nature},
            {QStringLiteral("residence"), PolicyRules::residenceKey(s.residence)},
            {QStringLiteral("amount_fen"), s.amountFen},
            {QStringLiteral("effective_from"), toIsoDate(s.effectiveFrom)},
            {QStringLiteral("basis_number"), s.basisNumber},
            {QStringLiteral("basis_title"), s.basisTitle}};
}
} // namespace

const QString PolicyStore::kIllustrativeBasis = QStringLiteral("演示〔示意〕");

QList<BenefitStandard> PolicyStore::all() const
{
    QSqlQuery q(m_db.connection());
    q.exec(
        QStringLiteral("SELECT %1 ORDER BY coalesce(c.sort_order, 999), s.item, s.category_code, "
                       "s.nature, s.grade, s.residence, s.effective_from, s.id")
            .arg(QLatin1String(kColumns)));
    return readAll(q);
}

Result<BenefitStandard> PolicyStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE s.id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (Status read = runSingle(q, Tr::tr("That standard does not exist.")); !read)
        return read;
    return fromRow(q);
}

Result<BenefitStandard> PolicyStore::lookup(const StandardKey& key, const QDate& on) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 WHERE s.item = ? AND s.category_code IN (?, '') AND s.grade = ? "
                       "AND s.nature = ?")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(PolicyRules::itemKey(key.item));
    q.addBindValue(key.categoryCode.isNull() ? QStringLiteral("") : key.categoryCode);
    q.addBindValue(key.grade);
    q.addBindValue(key.nature.isNull() ? QStringLiteral("") : key.nature);
    if (!q.exec())
        return Result<BenefitStandard>::failure(q.lastError().text());
    QString categoryName;
    if (!key.categoryCode.isEmpty()) {
        auto c = CategoryStore(m_db).byCode(key.categoryCode);
        categoryName = c ? c->name : key.categoryCode;
    }
    return PolicyRules::lookup(readAll(q), key, on, categoryName);
}

bool PolicyStore::hasIllustrative() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM benefit_standards WHERE basis_number = ? LIMIT 1"));
    q.addBindValue(kIllustrativeBasis);
    return q.exec() && q.next();
}

Result<qint64> PolicyStore::add(const Actor& actor, const BenefitStandard& standard)
{
    return AuditedWrite::produce<qint64>(m_db, actor, Authority::of(Permission::EditPolicyBook), {},
                                         [&](WriteScope& w) -> Result<qint64> {
                                             auto id = insert(w, standard);
                                             if (!id)
                                                 return id.status();
                                             w.entry() = id.value().second;
                                             return id.value().first;
                                         });
}

// Adds one standard inside the caller's change; returns its id and its audit entry.
Result<QPair<qint64, AuditNote>> PolicyStore::insert(WriteScope& w, const BenefitStandard& in)
{
    const Actor& actor = w.actor();
    BenefitStandard s = in;
    s.basisNumber = s.basisNumber.trimmed();
    s.basisTitle = s.basisTitle.trimmed();
    s.note = s.note.trimmed();
    bool disability = false;
    if (!s.categoryCode.isEmpty()) {
        auto c = CategoryStore(m_db).byCode(s.categoryCode);
        if (!c)
            return c.status();
        disability = c->needsDisability;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 WHERE s.item = ? AND s.category_code = ? AND s.grade = ? AND "
                       "s.nature = ? AND s.effective_from = ?")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(PolicyRules::itemKey(s.item));
    q.addBindValue(s.categoryCode.isNull() ? QStringLiteral("") : s.categoryCode);
    q.addBindValue(s.grade);
    q.addBindValue(s.nature.isNull() ? QStringLiteral("") : s.nature);
    q.addBindValue(toIsoDate(s.effectiveFrom));
    if (Status st = runQuery(q); !st)
        return st;
    if (Status st = PolicyRules::checkNew(s, readAll(q), disability); !st)
        return st;
    q.prepare(QStringLiteral(
        "INSERT INTO benefit_standards (item, category_code, grade, nature, residence, "
        "amount_fen, effective_from, basis_number, basis_title, note, created_at, "
        "created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(PolicyRules::itemKey(s.item));
    q.addBindValue(s.categoryCode.isNull() ? QStringLiteral("") : s.categoryCode);
    q.addBindValue(s.grade);
    q.addBindValue(s.nature.isNull() ? QStringLiteral("") : s.nature);
    q.addBindValue(PolicyRules::residenceKey(s.residence));
    q.addBindValue(s.amountFen);
    q.addBindValue(toIsoDate(s.effectiveFrom));
    q.addBindValue(s.basisNumber);
    q.addBindValue(s.basisTitle);
    q.addBindValue(s.note.isNull() ? QStringLiteral("") : s.note);
    q.addBindValue(toIsoUtc(w.now()));
    q.addBindValue(idOrNull(actor.userId));
    if (Status st = runQuery(q); !st)
        return st;
    const qint64 id = q.lastInsertId().toLongLong();
    return qMakePair(id, AuditNote{QStringLiteral("policy.add"),
                                   QStringLiteral("benefit_standard"),
                                   QString::number(id),
                                   {},
                                   toJson(s)});
}

Result<int> PolicyStore::seedIllustrative(const Actor& actor)
{
    return AuditedWrite::produce<int>(m_db, actor, Authority::of(Permission::EditPolicyBook),
                                      {QStringLiteral("policy.seed_illustrative"),
                                       QStringLiteral("benefit_standard"),
                                       {},
                                       {},
                                       {}},
                                      [&](WriteScope& w) { return seedIn(w); });
}

Result<int> PolicyStore::seedIn(WriteScope& w)
{
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM benefit_standards"));
        if (Status s = runSingle(q, QString()); !s)
            return s;
        if (q.value(0).toInt() > 0)
            return Result<int>::failure(Tr::tr("The policy book is not empty; the demo standards "
                                               "are only added to an empty book."));
    }
    struct Edition
    {
        QDate from;
        QString title;
        int percent; // of the current amounts
    };
    const QList<Edition> editions = {
        {QDate(2024, 10, 1), QStringLiteral("演示用抚恤补助标准（2024年度，示意金额，非正式文件）"),
         95},
        {QDate(2025, 8, 1), QStringLiteral("演示用抚恤补助标准（2025年度，示意金额，非正式文件）"),
         100},
    };
    // Yearly yuan of 残疾军人 因战 by grade 1–10; 因公 and 因病 are lower. Made up for the demo.
    const qint64 war[] = {104380, 94410, 84520, 66050, 52810, 41990, 31330, 19620, 15750, 10660};
    int added = 0;
    auto put = [&](const Edition& e, StandardItem item, const QString& cat, int grade,
                   const QString& nature, Residence res, qint64 yuanAmount) -> Status {
        BenefitStandard s;
        s.item = item;
        s.categoryCode = cat;
        s.grade = grade;
        s.nature = nature;
        s.residence = res;
        s.amountFen = yuanAmount * e.percent; // yuan × percent = fen of the scaled amount
        s.effectiveFrom = e.from;
        s.basisNumber = kIllustrativeBasis;
        s.basisTitle = e.title;
        s.note = QStringLiteral("演示数据：示意金额，非正式标准");
        auto id = insert(w, s);
        if (!id)
            return id.status();
        w.alsoRecord(id.value().second);
        ++added;
        return Status::success();
    };
    for (const Edition& e : editions) {
        for (int g = 1; g <= 10; ++g) {
            const qint64 base = war[g - 1];
            if (Status s = put(e, StandardItem::Annual, QStringLiteral("disabled_serviceman"), g,
                               QStringLiteral("因战"), Residence::All, base);
                !s)
                return s;
            if (Status s = put(e, StandardItem::Annual, QStringLiteral("disabled_serviceman"), g,
                               QStringLiteral("因公"), Residence::All, base * 96 / 100);
                !s)
                return s;
            if (g <= 6) {
                if (Status s = put(e, StandardItem::Annual, QStringLiteral("disabled_serviceman"),
                                   g, QStringLiteral("因病"), Residence::All, base * 92 / 100);
                    !s)
                    return s;
            }
        }
        struct Flat
        {
            const char* code;
            qint64 urban;
            qint64 rural; // 0: one amount for all
        };
        const Flat flats[] = {{"martyr_survivor", 37280, 33720},
                              {"duty_death_survivor", 31960, 28900},
                              {"illness_death_survivor", 30720, 27660},
                              {"war_veteran", 10920, 0},
                              {"nuclear_test_veteran", 10920, 0},
                              {"sick_returned_veteran", 9600, 0},
                              {"rural_veteran_60", 3600, 0}};
        for (const Flat& f : flats) {
            const QString code = QString::fromLatin1(f.code);
            if (f.rural == 0) {
                if (Status s =
                        put(e, StandardItem::Annual, code, 0, QString(), Residence::All, f.urban);
                    !s)
                    return s;
            } else {
                if (Status s =
                        put(e, StandardItem::Annual, code, 0, QString(), Residence::Urban, f.urban);
                    !s)
                    return s;
                if (Status s =
                        put(e, StandardItem::Annual, code, 0, QString(), Residence::Rural, f.rural);
                    !s)
                    return s;
            }
        }
        if (Status s = put(e, StandardItem::TemporaryAssistance, QString(), 0, QString(),
                           Residence::All, 5000);
            !s)
            return s;
        if (Status s =
                put(e, StandardItem::Recuperation, QString(), 0, QString(), Residence::All, 3000);
            !s)
            return s;
    }
    w.entry().after = QJsonObject{{QStringLiteral("standards"), added}};
    return added;
}

} // namespace youfu::core
