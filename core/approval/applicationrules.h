#pragma once

#include "approval/application.h"
#include "common/result.h"
#include "registry/category.h"
#include "registry/personcategory.h"
#include "registry/personstatus.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace youfu::core {

// What the rules need to know of the person an application is for.
struct ApplicantContext
{
    QDate birthDate;
    PersonStatus status = PersonStatus::Active;
    QDate statusSince;
    Residence residence = Residence::All;
    QList<PersonCategory> held; // every category, past ones included
    QList<Category> categories; // the configurable table
    QList<qint64> verifiedDocumentIds;
    QDate today;
};

// Pure rules of an application's content and its benefit. No database.
class ApplicationRules
{
public:
    using Lookup = std::function<Result<BenefitStandard>(const StandardKey&, const QDate&)>;

    static QList<ApplicationType> allTypes();
    static QString typeKey(ApplicationType t); // "recognition", ... as stored
    static bool typeFromKey(const QString& key, ApplicationType* out);
    static QString typeTitle(ApplicationType t); // 优抚对象认定 …
    // Reasons of temporary assistance as stored, 住房困难 (priority) first.
    static QStringList assistanceReasonKeys(); // housing, destitute, illness, accident, other
    static QString assistanceReasonTitle(const QString& key); // 住房困难 …; empty for none

    // Everything missing or wrong in the draft for its type, one line each, in the clerk's
    // words; empty when it may be submitted (the benefit is checked by computeBenefit).
    static QStringList problems(const ApplicationDraft& draft, const ApplicantContext& person);

    // The category entry the application is about, held on `on` (standard change, 调残).
    static std::optional<PersonCategory> heldOn(const QList<PersonCategory>& held, const QString& code,
                                                const QDate& on);
    // The line of the policy book the benefit follows from; nullopt for a stop of benefits.
    static std::optional<StandardKey> standardKey(const ApplicationDraft& draft, const ApplicantContext& person);
    // The benefit from the book, or exactly what is missing in it.
    static Result<ComputedBenefit> computeBenefit(const ApplicationDraft& draft,
                                                  const ApplicantContext& person, const Lookup& lookup);
    // 申请事项 written by the program when the clerk leaves it empty.
    static QString describeRequest(const ApplicationDraft& draft, const QString& categoryName);
};

} // namespace youfu::core
