#include "audit/auditwording.h"

#include "approval/applicationrules.h"
#include "approval/approvalrules.h"
#include "archive/archiveentry.h"
#include "archive/archivefile.h"
#include "common/isotime.h"
#include "policy/policyrules.h"
#include "registry/personstatus.h"
#include "registry/sex.h"
#include "security/role.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace youfu::core {

namespace {

#define AW_TR(text) QT_TRANSLATE_NOOP("youfu::core::AuditWording", text)

struct Title
{
    const char* key;
    const char* title;
};

// Every action key written today (grep the stores for AuditNote and AuditedWrite).
const Title kActions[] = {
    {"login.success", AW_TR("Login")},
    {"login.failure", AW_TR("Failed login")},
    {"login.locked", AW_TR("Account locked after failed logins")},
    {"logout", AW_TR("Logout")},
    {"user.add", AW_TR("User added")},
    {"user.update", AW_TR("User changed")},
    {"user.disable", AW_TR("User disabled")},
    {"user.enable", AW_TR("User enabled")},
    {"user.reset_password", AW_TR("Password reset")},
    {"user.change_password", AW_TR("Password changed")},
    {"user.must_change_password", AW_TR("Password change required")},
    {"person.add", AW_TR("Person registered")},
    {"person.update", AW_TR("Person's record changed")},
    {"person.status", AW_TR("Person's status changed")},
    {"person.category_add", AW_TR("Category granted to a person")},
    {"person.category_end", AW_TR("Person's category ended")},
    {"person.reveal", AW_TR("Person's particulars revealed")},
    {"sensitive.reveal", AW_TR("Sensitive field revealed")},
    {"category.add", AW_TR("Category added")},
    {"category.update", AW_TR("Category changed")},
    {"archive.open", AW_TR("Archive opened")},
    {"archive.revise", AW_TR("Archive details changed")},
    {"archive.verify", AW_TR("Archive change verified")},
    {"archive.return", AW_TR("Archive change returned")},
    {"archive.lend", AW_TR("Archive file lent")},
    {"archive.return_file", AW_TR("Archive file given back")},
    {"archive.document_file", AW_TR("Archive entry filed")},
    {"archive.document_update", AW_TR("Archive entry changed")},
    {"archive.document_correct", AW_TR("Archive entry corrected")},
    {"archive.document_verify", AW_TR("Archive entry verified")},
    {"archive.document_return", AW_TR("Archive entry returned")},
    {"archive.scan_attach", AW_TR("Scan attached")},
    {"archive.kind_save", AW_TR("Document kind saved")},
    {"archive.required_kinds", AW_TR("Required documents set")},
    {"policy.add", AW_TR("Benefit standard added")},
    {"policy.seed_illustrative", AW_TR("Illustrative standards loaded")},
    {"application.create", AW_TR("Application drafted")},
    {"application.amend", AW_TR("Application amended")},
    {"application.submit", AW_TR("Application submitted")},
    {"application.resubmit", AW_TR("Application resubmitted")},
    {"application.approve", AW_TR("Application approved")},
    {"application.return", AW_TR("Application returned")},
    {"application.reject", AW_TR("Application rejected")},
    {"application.report", AW_TR("Application reported upward")},
    {"setting.set", AW_TR("Setting changed")},
    {"backup.create", AW_TR("Backup made")},
    {"backup.restore", AW_TR("Backup restored")},
    {"audit.export", AW_TR("Audit log exported")},
    {"security.field_key", AW_TR("Field encryption key created")},
    {"demo.generate", AW_TR("Demo data generated")},
};

const Title kEntities[] = {
    {"user", AW_TR("User")},
    {"person", AW_TR("Person")},
    {"registry", AW_TR("Registry")},
    {"category", AW_TR("Category")},
    {"archive", AW_TR("Archive")},
    {"archive_document", AW_TR("Archive entry")},
    {"document_kind", AW_TR("Document kind")},
    {"benefit_standard", AW_TR("Benefit standard")},
    {"application", AW_TR("Application")},
    {"setting", AW_TR("Setting")},
    {"backup", AW_TR("Backup")},
    {"audit_log", AW_TR("Audit log")},
    {"database", AW_TR("Database")},
    {"system", AW_TR("System")},
};

// In the order the lines are shown; fields not listed follow in their own order.
const Title kFields[] = {
    {"name", AW_TR("Name")},
    {"login", AW_TR("Login name")},
    {"display_name", AW_TR("Full name")},
    {"roles", AW_TR("Roles")},
    {"disabled", AW_TR("Disabled")},
    {"must_change_password", AW_TR("Must change password")},
    {"sex", AW_TR("Sex")},
    {"ethnicity", AW_TR("Ethnicity")},
    {"citizen_id", AW_TR("Citizen ID number")},
    {"id_number", AW_TR("Citizen ID number")},
    {"birth_date", AW_TR("Date of birth")},
    {"phone", AW_TR("Phone")},
    {"township", AW_TR("Township")},
    {"village", AW_TR("Village")},
    {"address", AW_TR("Address")},
    {"bank_name", AW_TR("Bank")},
    {"bank_account", AW_TR("Bank account")},
    {"type", AW_TR("Application type")},
    {"person_id", AW_TR("Person no.")},
    {"archive_id", AW_TR("Archive no.")},
    {"archive_number", AW_TR("Archive number")},
    {"status", AW_TR("Status")},
    {"state", AW_TR("State")},
    {"status_since", AW_TR("Status since")},
    {"status_reason", AW_TR("Reason for the status")},
    {"key_person", AW_TR("Key person")},
    {"risk_note", AW_TR("Risk note")},
    {"categories", AW_TR("Categories")},
    {"category", AW_TR("Category")},
    {"code", AW_TR("Code")},
    {"grade", AW_TR("Disability grade")},
    {"nature", AW_TR("Nature of disability")},
    {"residence", AW_TR("Urban or rural")},
    {"item", AW_TR("Benefit item")},
    {"amount_fen", AW_TR("Amount")},
    {"annual_fen", AW_TR("Annual amount")},
    {"one_off_fen", AW_TR("One-off amount")},
    {"requested_amount_fen", AW_TR("Amount requested")},
    {"standard_id", AW_TR("Standard no.")},
    {"effective_date", AW_TR("Effective date")},
    {"effective_from", AW_TR("In force from")},
    {"basis_number", AW_TR("Basis document number")},
    {"basis_title", AW_TR("Basis document")},
    {"round", AW_TR("Round")},
    {"step", AW_TR("Approval step")},
    {"number", AW_TR("Approval number")},
    {"reported_on", AW_TR("Reported on")},
    {"reported_ref", AW_TR("Report reference")},
    {"kind", AW_TR("Document kind")},
    {"kinds", AW_TR("Required documents")},
    {"title", AW_TR("Title")},
    {"pages", AW_TR("Pages")},
    {"date", AW_TR("Date")},
    {"scans", AW_TR("Scans")},
    {"supersedes", AW_TR("Corrects entry")},
    {"supersede_reason", AW_TR("Reason for the correction")},
    {"return_reason", AW_TR("Reason for returning")},
    {"cabinet", AW_TR("Cabinet")},
    {"box", AW_TR("Box")},
    {"volume", AW_TR("Volume")},
    {"keeper", AW_TR("Keeper")},
    {"loan_id", AW_TR("Loan no.")},
    {"borrower", AW_TR("Borrower")},
    {"unit", AW_TR("Borrowing unit")},
    {"purpose", AW_TR("Purpose")},
    {"lent_on", AW_TR("Lent on")},
    {"expected_return", AW_TR("Due back")},
    {"returned_on", AW_TR("Given back on")},
    {"return_note", AW_TR("Note on return")},
    {"needs_disability", AW_TR("Needs a disability grade")},
    {"needs_survivor", AW_TR("Needs survivor details")},
    {"needs_service", AW_TR("Needs service details")},
    {"min_age", AW_TR("Minimum age")},
    {"sort_order", AW_TR("Sort order")},
    {"active", AW_TR("In use")},
    {"field", AW_TR("Field")},
    {"value", AW_TR("Value")},
    {"reason", AW_TR("Reason")},
    {"note", AW_TR("Note")},
    {"file", AW_TR("File")},
    {"rows", AW_TR("Rows")},
    {"folder", AW_TR("Folder")},
    {"from", AW_TR("From")},
    {"kept_aside", AW_TR("Previous file kept at")},
    {"trigger", AW_TR("Made")},
    {"bytes", AW_TR("Size in bytes")},
    {"scans_copied", AW_TR("Scans copied")},
    {"key_copied", AW_TR("Key copied")},
    {"key_check", AW_TR("Key check")},
    {"persons", AW_TR("Persons")},
    {"standards", AW_TR("Standards")},
    {"revision_id", AW_TR("Revision no.")},
};

const Title kTriggers[] = {
    {"manual", AW_TR("by hand")},
    {"automatic", AW_TR("automatically")},
    {"exit", AW_TR("on closing")},
};

#undef AW_TR

QString translated(const char* text)
{
    return QCoreApplication::translate("youfu::core::AuditWording", text);
}

template <std::size_t N> const Title* find(const Title (&table)[N], const QString& key)
{
    for (const Title& t : table)
        if (key == QLatin1String(t.key))
            return &t;
    return nullptr;
}

template <std::size_t N> QString titleOr(const Title (&table)[N], const QString& key)
{
    const Title* t = find(table, key);
    return t ? translated(t->title) : key;
}

template <std::size_t N> int orderOf(const Title (&table)[N], const QString& key)
{
    for (std::size_t i = 0; i < N; ++i)
        if (key == QLatin1String(table[i].key))
            return int(i);
    return int(N);
}

QString grouped(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

bool isDateField(const QString& f)
{
    static const QStringList dates = {
        QStringLiteral("birth_date"),     QStringLiteral("status_since"),
        QStringLiteral("date"),           QStringLiteral("effective_date"),
        QStringLiteral("effective_from"), QStringLiteral("reported_on"),
        QStringLiteral("lent_on"),        QStringLiteral("expected_return"),
        QStringLiteral("returned_on")};
    return dates.contains(f);
}

QString dateText(const QDate& d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

// A stored key of one of the program's lists, by its title; "" when `field` is not one.
QString enumTitle(const QString& entity, const QString& field, const QString& key)
{
    if (field == QLatin1String("sex")) {
        const Sex s = sexFromKey(key);
        return s == Sex::Unknown ? QString() : sexTitle(s);
    }
    if (field == QLatin1String("roles") || field == QLatin1String("role")) {
        Role r;
        return roleFromKey(key, &r) ? roleTitle(r) : QString();
    }
    if (field == QLatin1String("type") && entity != QLatin1String("archive_document")) {
        ApplicationType t;
        return ApplicationRules::typeFromKey(key, &t) ? ApplicationRules::typeTitle(t) : QString();
    }
    if (field == QLatin1String("item")) {
        StandardItem i;
        return PolicyRules::itemFromKey(key, &i) ? PolicyRules::itemTitle(i) : QString();
    }
    if (field == QLatin1String("residence")) {
        Residence r;
        return PolicyRules::residenceFromKey(key, &r) ? PolicyRules::residenceTitle(r) : QString();
    }
    if (field == QLatin1String("field")) { // which field was revealed
        const Title* t = find(kFields, key);
        return t ? translated(t->title) : QString();
    }
    if (field == QLatin1String("trigger")) {
        const Title* t = find(kTriggers, key);
        return t ? translated(t->title) : QString();
    }
    if (field == QLatin1String("status") || field == QLatin1String("state")) {
        // The same word names different lists; the record kind says which.
        if (entity == QLatin1String("archive_document")) {
            const EntryStatus s = entryStatusFromKey(key);
            return entryStatusKey(s) == key ? entryStatusTitle(s) : QString();
        }
        if (entity == QLatin1String("archive")) {
            const ArchiveState s = archiveStateFromKey(key);
            return archiveStateKey(s) == key ? archiveStateTitle(s) : QString();
        }
        if (entity == QLatin1String("application")) {
            ApplicationState s;
            return ApprovalRules::stateFromKey(key, &s) ? ApprovalRules::stateTitle(s) : QString();
        }
        PersonStatus s;
        return personStatusFromKey(key, &s) ? personStatusTitle(s) : QString();
    }
    return QString();
}

QString scalarText(const QString& entity, const QString& field, const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isBool())
        return v.toBool() ? AuditWording::tr("yes") : AuditWording::tr("no");
    const bool money = field.endsWith(QLatin1String("_fen"));
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (money && d == double(qint64(d)))
            return AuditWording::yuan(qint64(d));
        return v.toVariant().toString();
    }
    const QString s = v.toString();
    if (s.isEmpty() || s.contains(QLatin1Char('*')))
        return s; // a masked value is shown as it came
    if (money) {
        bool ok = false;
        const qint64 fen = s.toLongLong(&ok);
        if (ok)
            return AuditWording::yuan(fen);
    }
    if (isDateField(field)) {
        const QDate d = fromIsoDate(s);
        if (d.isValid())
            return dateText(d);
    }
    const QString title = enumTitle(entity, field, s);
    return title.isEmpty() ? s : title;
}

// Nested objects become "outer.inner" paths; everything else is one value.
void flatten(const QJsonObject& o, const QString& prefix, QList<QPair<QString, QJsonValue>>* out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), path, out);
        else
            out->append({path, it.value()});
    }
}

QString pathTitle(const QString& path)
{
    QStringList parts;
    for (const QString& p : path.split(QLatin1Char('.')))
        parts << AuditWording::fieldTitle(p);
    return parts.join(QStringLiteral(" · "));
}

QString lastSegment(const QString& path)
{
    return path.section(QLatin1Char('.'), -1);
}

// Known fields in the order of the table, the rest after them as they came.
int fieldOrder(const QString& path)
{
    return orderOf(kFields, path.section(QLatin1Char('.'), 0, 0));
}

void sortByFieldOrder(QStringList* paths)
{
    std::stable_sort(paths->begin(), paths->end(), [](const QString& l, const QString& r) {
        return fieldOrder(l) < fieldOrder(r);
    });
}

enum class Parsed
{
    Empty,
    Object,
    Text
};

Parsed parse(const QString& json, QList<QPair<QString, QJsonValue>>* fields)
{
    if (json.trimmed().isEmpty())
        return Parsed::Empty;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Parsed::Text;
    flatten(doc.object(), QString(), fields);
    return fields->isEmpty() ? Parsed::Empty : Parsed::Object;
}

} // namespace

QList<AuditWording::ActionKind> AuditWording::actionKinds()
{
    QList<ActionKind> list;
    for (const Title& t : kActions)
        list.append({QLatin1String(t.key), translated(t.title)});
    return list;
}

QString AuditWording::actionTitle(const QString& action)
{
    return titleOr(kActions, action);
}

QString AuditWording::entityTitle(const QString& entity)
{
    return titleOr(kEntities, entity);
}

QString AuditWording::fieldTitle(const QString& field)
{
    return titleOr(kFields, field);
}

QString AuditWording::recordText(const QString& entity, const QString& entityId,
                                 const QString& name)
{
    const QString what = entityTitle(entity);
    const QString which = name.isEmpty() ? entityId : name;
    return which.isEmpty() ? what : tr("%1 %2").arg(what, which);
}

QString AuditWording::valueText(const QString& entity, const QString& field,
                                const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& v : value.toArray()) {
            if (v.isObject())
                parts << QString::fromUtf8(
                    QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            else if (v.isArray())
                parts << QString::fromUtf8(
                    QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
            else
                parts << scalarText(entity, field, v);
        }
        return parts.join(tr(", "));
    }
    return scalarText(entity, field, value);
}

QStringList AuditWording::changeLines(const QString& entity, const QString& beforeJson,
                                      const QString& afterJson)
{
    QList<QPair<QString, QJsonValue>> before;
    QList<QPair<QString, QJsonValue>> after;
    const Parsed b = parse(beforeJson, &before);
    const Parsed a = parse(afterJson, &after);
    QStringList lines;
    if (b == Parsed::Text)
        lines << beforeJson.trimmed();
    if (a == Parsed::Text)
        lines << afterJson.trimmed();
    if (b == Parsed::Text || a == Parsed::Text)
        return lines;

    const QString empty = tr("(empty)");
    auto text = [&](const QString& path, const QJsonValue& v) {
        return valueText(entity, lastSegment(path), v);
    };
    // What only one side holds is listed as it is: a record made, read or removed.
    if (b == Parsed::Empty || a == Parsed::Empty) {
        auto only = a == Parsed::Empty ? before : after;
        std::stable_sort(only.begin(), only.end(), [](const auto& l, const auto& r) {
            return fieldOrder(l.first) < fieldOrder(r.first);
        });
        for (const auto& [path, v] : only) {
            const QString t = text(path, v);
            if (!t.isEmpty())
                lines << tr("%1: %2").arg(pathTitle(path), t);
        }
        return lines;
    }
    QStringList paths;
    for (const auto& f : before)
        paths << f.first;
    for (const auto& f : after)
        if (!paths.contains(f.first))
            paths << f.first;
    sortByFieldOrder(&paths);
    auto valueOf = [](const QList<QPair<QString, QJsonValue>>& fields, const QString& path,
                      bool* found) {
        for (const auto& f : fields)
            if (f.first == path) {
                *found = true;
                return f.second;
            }
        *found = false;
        return QJsonValue();
    };
    for (const QString& path : paths) {
        bool inBefore = false;
        bool inAfter = false;
        const QJsonValue old = valueOf(before, path, &inBefore);
        const QJsonValue now = valueOf(after, path, &inAfter);
        if (inBefore && inAfter && old == now)
            continue;
        const QString oldText = inBefore ? text(path, old) : QString();
        const QString newText = inAfter ? text(path, now) : QString();
        if (oldText == newText)
            continue;
        if (!inBefore || oldText.isEmpty())
            lines << tr("%1: %2").arg(pathTitle(path), newText);
        else
            lines << tr("%1: %2 → %3")
                         .arg(pathTitle(path), oldText, newText.isEmpty() ? empty : newText);
    }
    return lines;
}

QString AuditWording::yuan(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 a = negative ? -fen : fen;
    return QStringLiteral("%1%2.%3元")
        .arg(negative ? QStringLiteral("-") : QString(), grouped(a / 100))
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace youfu::core
