#include "audit/auditwording.h"

#include "audit/auditactiontitles.h"

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

struct Title
{
    const char* key;
    const char* title;
};

const Title kEntities[] = {
    {"user", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "User")},
    {"person", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Person")},
    {"registry", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Registry")},
    {"roster", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Roster")},
    {"category", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Category")},
    {"archive", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Archive")},
    {"archive_document", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Archive entry")},
    {"document_kind", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Document kind")},
    {"benefit_standard", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Benefit standard")},
    {"application", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Application")},
    {"campaign", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Festival campaign")},
    {"campaign_line", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Festival campaign line")},
    {"payment_roll", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Payment roll")},
    {"payment_line", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Payment line")},
    {"recovery", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Recovery of an overpayment")},
    {"bank_template", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Bank template")},
    {"festival_amount", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Festival gift amount")},
    {"reception_day", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Reception day")},
    {"zero_reports", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Zero report")},
    {"symposium", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Symposium")},
    {"setting", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Setting")},
    {"backup", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Backup")},
    {"audit_log", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Audit log")},
    {"database", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Database")},
    {"system", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "System")},
    {"visit_plan", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Visit plan")},
    {"visit", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Visit")},
    {"visit_schedule", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Visit schedule")},
    {"petition", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Petition case")},
    {"petition_deputy", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Extension deputy")},
    // Information staff and warnings (core/petition/warningstore).
    {"info_staff", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Information staff member")},
    {"warning", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Warning")},
    // Training (core/township/trainingstore).
    {"training_session", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Training session")},
    // Free clinics and publicity (issue 15, clinic slice).
    {"free_clinic", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Free clinic")},
    {"publicity", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Publicity record")},
    {"free_clinics", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Free clinics")},
    {"assistance", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Temporary assistance granted")},
    // The year-end appraisal and the statistics (issue 16).
    {"appraisal_scheme", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Appraisal scheme")},
    {"appraisal_adjustment",
     QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Appraisal commendation or deduction")},
    {"appraisal_report", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Appraisal report")},
    {"staff_appraisal", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Staff post appraisal")},
    {"statistics", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Year's statistics")},
};

// In the order the lines are shown; fields not listed follow in their own order.
const Title kFields[] = {
    {"name", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Name")},
    {"login", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Login name")},
    {"display_name", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Full name")},
    {"roles", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Roles")},
    {"disabled", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Disabled")},
    {"must_change_password",
     QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Must change password")},
    {"sex", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Sex")},
    {"ethnicity", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Ethnicity")},
    {"citizen_id", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Citizen ID number")},
    {"id_number", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Citizen ID number")},
    {"birth_date", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Date of birth")},
    {"phone", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Phone")},
    {"township", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Township")},
    {"village", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Village")},
    {"address", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Address")},
    {"bank_name", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Bank")},
    {"bank_account", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Bank account")},
    {"type", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Application type")},
    {"person_id", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Person no.")},
    {"archive_id", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Archive no.")},
    {"archive_number", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Archive number")},
    {"status", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Status")},
    {"state", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "State")},
    {"status_since", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Status since")},
    {"status_reason", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Reason for the status")},
    {"key_person", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Key person")},
    {"risk_note", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Risk note")},
    {"categories", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Categories")},
    {"category", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Category")},
    {"code", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Code")},
    {"grade", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Disability grade")},
    {"nature", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Nature of disability")},
    {"residence", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Urban or rural")},
    {"item", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Benefit item")},
    {"amount_fen", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Amount")},
    {"annual_fen", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Annual amount")},
    {"one_off_fen", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "One-off amount")},
    {"requested_amount_fen", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Amount requested")},
    {"standard_id", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Standard no.")},
    {"effective_date", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Effective date")},
    {"effective_from", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "In force from")},
    {"basis_number", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Basis document number")},
    {"basis_title", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Basis document")},
    {"round", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Round")},
    {"step", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Approval step")},
    {"number", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Approval number")},
    {"reported_on", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Reported on")},
    {"reported_ref", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Report reference")},
    {"kind", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Document kind")},
    {"kinds", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Required documents")},
    {"title", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Title")},
    {"pages", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Pages")},
    {"date", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Date")},
    {"scans", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Scans")},
    {"supersedes", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Corrects entry")},
    // The counts of a demo data run or an import.
    {"seed", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Random seed")},
    {"requested", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Persons asked for")},
    {"persons", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Persons")},
    {"key_persons", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Key persons")},
    {"deceased", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Deceased")},
    {"moved_away", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Moved away")},
    {"suspended", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Suspended")},
    {"supersede_reason",
     QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Reason for the correction")},
    {"return_reason", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Reason for returning")},
    {"cabinet", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Cabinet")},
    {"box", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Box")},
    {"volume", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Volume")},
    {"keeper", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Keeper")},
    {"loan_id", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Loan no.")},
    {"borrower", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Borrower")},
    {"unit", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Borrowing unit")},
    {"purpose", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Purpose")},
    {"lent_on", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Lent on")},
    {"expected_return", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Due back")},
    {"returned_on", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Given back on")},
    {"return_note", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Note on return")},
    {"needs_disability",
     QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Needs a disability grade")},
    {"needs_survivor", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Needs survivor details")},
    {"needs_service", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Needs service details")},
    {"min_age", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Minimum age")},
    {"sort_order", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Sort order")},
    {"active", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "In use")},
    {"field", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Field")},
    {"value", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Value")},
    {"reason", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Reason")},
    {"note", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Note")},
    {"file", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "File")},
    {"rows", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Rows")},
    {"sha256", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "SHA-256")},
    {"format", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Format")},
    {"roster", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Roster")},
    {"list", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "List")},
    {"ids", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Citizen IDs")},
    {"rows_read", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Rows read")},
    {"to_import", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Rows to import")},
    {"repaired", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Rows repaired")},
    {"refused", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Rows refused")},
    {"skipped", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Rows skipped")},
    {"duplicates", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Duplicates")},
    {"folder", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Folder")},
    {"from", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "From")},
    {"kept_aside", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Previous file kept at")},
    {"trigger", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Made")},
    {"bytes", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Size in bytes")},
    {"scans_copied", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Scans copied")},
    {"key_copied", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Key copied")},
    {"key_check", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Key check")},
    {"persons", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Persons")},
    {"standards", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Standards")},
    {"revision_id", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Revision no.")},
    // Information staff and warnings (core/petition/warningstore).
    {"group", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Group")},
    {"since", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Serving since")},
    {"until", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Serving until")},
    {"reporter", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Reported by")},
    {"expected", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Expected to happen")},
    {"expected_on", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Expected on")},
    {"risk", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Risk")},
    {"resolved_on", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Resolved on")},
    {"resolution", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "How it was resolved")},
    {"case_id", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Case no.")},
    // Township workers and training (core/petition/warningstore, core/township/trainingstore).
    {"duty", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Duty")},
    {"training_day", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Day of the training")},
    {"training_kind", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Kind of training")},
    {"topic", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Topic")},
    {"trainer", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Trainer")},
    {"minutes", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Minutes")},
    {"training_place", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Place of the training")},
    {"held", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Held")},
    {"attendees", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Asked to come")},
    {"present", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Came")},
    {"absent", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Did not come")},
    {"material", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Material")},
    // The year-end appraisal (issue 16).
    {"moved_on", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Moved on")},
    {"serious_effect", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Serious effect")},
    {"year", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Year")},
    {"basis", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Basis document")},
    {"excellent_at",
     QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Threshold of the highest grade")},
    {"good_at", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Threshold of the second grade")},
    {"pass_at", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Threshold of the third grade")},
    {"veto_group", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Group petitions veto")},
    {"veto_beyond_level",
     QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Beyond-level petitions veto")},
    {"veto_serious_effect",
     QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Cases of serious effect veto")},
    {"indicators", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Indicators")},
    {"copied_from", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Copied from")},
    {"appraisal_points", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Appraisal points")},
    {"appraisal_adjustment",
     QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Commendations and deductions")},
    {"appraisal_total", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Appraisal total")},
    {"appraisal_grade", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Appraisal grade")},
    {"veto_reason", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Vetoed by")},
    {"adjustment_kind",
     QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Commendation or deduction")},
    {"adjustment_points", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Points added or taken")},
    {"void_reason", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "Reason for voiding")},
};

const Title kTriggers[] = {
    {"manual", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "by hand")},
    {"automatic", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "automatically")},
    {"exit", QT_TRANSLATE_NOOP("youfu::core::AuditWording", "on closing")},
};

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
QString enumTitle(const QString& entity, const QString& field, const QString& key,
                  const QHash<QString, QString>& categoryNames)
{
    if (field == QLatin1String("category") || field == QLatin1String("category_code"))
        return categoryNames.value(key);
    if (field == QLatin1String("status_reason")) { // a code the program wrote
        const QString reason = statusReasonText(key);
        return reason == key ? QString() : reason;
    }
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

QString scalarText(const QString& entity, const QString& field, const QJsonValue& v,
                   const QHash<QString, QString>& categoryNames)
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
        if (field == QLatin1String("grade") && d == 0)
            return QString(); // "no grade" is not a grade: the line is left out
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
    const QString title = enumTitle(entity, field, s, categoryNames);
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
    for (const AuditActionTitle& t : auditActionTitles())
        list.append({QLatin1String(t.key), translated(t.title)});
    return list;
}

QString AuditWording::actionTitle(const QString& action)
{
    for (const AuditActionTitle& t : auditActionTitles()) {
        if (action == QLatin1String(t.key))
            return translated(t.title);
    }
    return action;
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
                                const QJsonValue& value,
                                const QHash<QString, QString>& categoryNames)
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
                parts << scalarText(entity, field, v, categoryNames);
        }
        return parts.join(tr(", "));
    }
    return scalarText(entity, field, value, categoryNames);
}

QStringList AuditWording::changeLines(const QString& entity, const QString& beforeJson,
                                      const QString& afterJson,
                                      const QHash<QString, QString>& categoryNames)
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
        return valueText(entity, lastSegment(path), v, categoryNames);
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
