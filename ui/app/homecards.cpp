#include "app/homecards.h"

#include "approval/applicationliststore.h"
#include "archive/archiveloanstore.h"
#include "archive/verificationinboxstore.h"
#include "audit/auditlog.h"
#include "care/recuperationstore.h"
#include "payment/paymentliststore.h"
#include "petition/petitionliststore.h"
#include "registry/registrysearchstore.h"
#include "security/permission.h"
#include "security/userstore.h"
#include "township/zeroreportstore.h"
#include "visit/visitstore.h"

#include <QCoreApplication>

namespace youfu::ui {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::ui::HomeCards)
};
} // namespace

QList<HomeCard> homeCards(const Session& session)
{
    using core::Permission;
    QList<HomeCard> cards;
    const core::Roles roles = session.actor.roles;
    if (core::isAllowed(roles, Permission::ViewBusiness)) {
        const core::RegistrySearchStore search(*session.db);
        core::RegistryQuery active;
        active.status = core::PersonStatus::Active;
        core::RegistryQuery key = active;
        key.keyPersonsOnly = true;
        cards << HomeCard{Tr::tr("Registry"),
                          QString::number(search.count(core::RegistryQuery())),
                          Tr::tr("persons registered, %1 in care").arg(search.count(active)),
                          false,
                          QStringLiteral("registryPage"),
                          QStringLiteral("all")};
        cards << HomeCard{Tr::tr("Key persons"),
                          QString::number(search.count(key)),
                          Tr::tr("in care, visited on a schedule"),
                          false,
                          QStringLiteral("registryPage"),
                          QStringLiteral("keyPersons")};
    }
    if (core::isAllowed(roles, Permission::ViewBusiness)) {
        // Visits due this week and overdue: the overdue ones call for the one who records them.
        const auto read = core::VisitStore(*session.db).homeCounts();
        const core::DueCounts c = read ? read.value() : core::DueCounts();
        cards << HomeCard{Tr::tr("Visits due this week"),
                          read ? QStringLiteral("%1 / %2").arg(c.dueThisWeek).arg(c.overdue)
                               : QStringLiteral("?"),
                          !read ? read.error() : Tr::tr("due this week / overdue"),
                          !read ||
                              (c.overdue > 0 && core::isAllowed(roles, Permission::RecordVisits)),
                          QStringLiteral("visitPage"),
                          c.overdue > 0 ? QStringLiteral("overdue") : QStringLiteral("due")};
    }
    if (core::isAllowed(roles, Permission::ViewBusiness)) {
        // 信访: cases due within 7 days, overdue, warnings not yet dealt with. Overdue cases and
        // open warnings call for whoever handles petitions.
        const auto read =
            core::PetitionListStore(*session.db).homeCounts(session.db->clock().today());
        const core::PetitionCounts c = read ? read.value() : core::PetitionCounts();
        const bool handles = core::isAllowed(roles, Permission::HandlePetitions);
        auto figure = [&read](int n) { return read ? QString::number(n) : QStringLiteral("?"); };
        cards << HomeCard{Tr::tr("Petitions due within 7 days"),
                          figure(c.dueWithin7),
                          !read ? read.error()
                                : Tr::tr("letters-and-visits cases to decide or answer"),
                          !read || (c.dueWithin7 > 0 && handles),
                          QStringLiteral("petitionPage"),
                          QStringLiteral("due7")};
        cards << HomeCard{Tr::tr("Petitions overdue"),
                          figure(c.overdue),
                          !read ? read.error() : Tr::tr("past their statutory deadline"),
                          !read || c.overdue > 0,
                          QStringLiteral("petitionPage"),
                          QStringLiteral("overdue")};
        cards << HomeCard{Tr::tr("Warnings not dealt with"),
                          figure(c.warningsOpen),
                          !read ? read.error() : Tr::tr("early warnings from the townships, open"),
                          !read || (c.warningsOpen > 0 && handles),
                          QStringLiteral("petitionPage"),
                          QStringLiteral("warnings")};
    }
    if (core::isAllowed(roles, Permission::ViewBusiness)) {
        // 零报告: townships missing a due report in the last 7 days (an alert when any), and
        // how many have not yet reported for yesterday.
        const auto read = core::ZeroReportStore(*session.db).homeCounts();
        const core::ZeroHomeCounts c = read ? read.value() : core::ZeroHomeCounts();
        cards << HomeCard{Tr::tr("Zero reports missing"),
                          read ? QString::number(c.missingLast7) : QStringLiteral("?"),
                          !read ? read.error()
                                : Tr::tr("townships missing a report of the last 7 days; %n not "
                                         "yet in for yesterday",
                                         nullptr, c.notYetReported),
                          !read || c.missingLast7 > 0,
                          QStringLiteral("townshipPage"),
                          QStringLiteral("zeroReports:missing")};
    }
    if (core::isAllowed(roles, Permission::DraftApplication) ||
        core::isAllowed(roles, Permission::ReviewApplication) ||
        core::isAllowed(roles, Permission::CountersignApplication) ||
        core::isAllowed(roles, Permission::ApproveApplication)) {
        // A list that cannot be read shows no count rather than a reassuring 0.
        const auto read = core::ApplicationListStore(*session.db).waitingCount(session.actor);
        const int waiting = read ? read.value() : 0;
        cards << HomeCard{Tr::tr("Approvals waiting for me"),
                          read ? QString::number(waiting) : QStringLiteral("?"),
                          !read     ? read.error()
                          : waiting ? Tr::tr("applications to sign or amend, oldest first")
                                    : Tr::tr("nothing waits for you"),
                          !read || waiting > 0,
                          QStringLiteral("approvalPage"),
                          QStringLiteral("inbox")};
    }
    if (core::isAllowed(roles, Permission::ManagePayments) ||
        core::isAllowed(roles, Permission::ReviewApplication) ||
        core::isAllowed(roles, Permission::ApproveApplication)) {
        // 资金发放: lines the bank returned or that were held (the clerk fixes the account and
        // re-issues them), and rolls waiting for this user's signature.
        const auto read = core::PaymentListStore(*session.db).homeCounts(session.actor);
        const core::PaymentHomeCounts c = read ? read.value() : core::PaymentHomeCounts();
        auto figure = [&read](int n) { return read ? QString::number(n) : QStringLiteral("?"); };
        if (core::isAllowed(roles, Permission::ManagePayments))
            cards << HomeCard{Tr::tr("Payments failed to fix"),
                              figure(c.failedToFix),
                              !read ? read.error()
                                    : Tr::tr("returned by the bank or held: fix and re-issue"),
                              !read || c.failedToFix > 0,
                              QStringLiteral("paymentPage"),
                              QStringLiteral("problems")};
        if (core::isAllowed(roles, Permission::ReviewApplication) ||
            core::isAllowed(roles, Permission::ApproveApplication))
            cards << HomeCard{Tr::tr("Rolls waiting for me"),
                              figure(c.rollsWaitingForMe),
                              !read ? read.error() : Tr::tr("payment rolls to sign"),
                              !read || c.rollsWaitingForMe > 0,
                              QStringLiteral("paymentPage"),
                              QStringLiteral("rolls")};
    }
    if (core::isAllowed(roles, Permission::ViewBusiness)) {
        // 短期疗养: a planned batch starting within 14 days (shown only when there is one).
        const auto read =
            core::RecuperationStore(*session.db).upcoming(session.db->clock().today(), 14);
        if (!read || !read->isEmpty()) {
            const QString detail =
                !read ? read.error()
                      : Tr::tr("%1 starts on %2 with %3 person(s)")
                            .arg(read->first().title, read->first().startsOn.toString(Qt::ISODate))
                            .arg(read->first().participants);
            cards << HomeCard{Tr::tr("Recuperation batch starting soon"),
                              read ? QString::number(read->size()) : QStringLiteral("?"),
                              detail,
                              true,
                              QStringLiteral("carePage"),
                              read ? QStringLiteral("recuperation:batch:%1").arg(read->first().id)
                                   : QStringLiteral("recuperation")};
        }
    }
    if (core::isAllowed(roles, Permission::ManageUsers)) {
        const auto users = core::UserStore(*session.db).all();
        int active = 0;
        if (users)
            for (const auto& u : users.value())
                active += u.disabled ? 0 : 1;
        cards << HomeCard{Tr::tr("Users"),
                          users ? QString::number(active) : QStringLiteral("?"),
                          users ? Tr::tr("active accounts of %1").arg(users->size())
                                : users.error(),
                          !users,
                          QStringLiteral("usersPage"),
                          QString()};
    }
    if (core::isAllowed(roles, Permission::VerifyArchive)) {
        const qint64 waiting =
            core::VerificationInboxStore(*session.db).waitingCountFor(session.actor.userId);
        cards << HomeCard{Tr::tr("Archive entries to verify"),
                          QString::number(waiting),
                          Tr::tr("filed by others, waiting for your verification"),
                          waiting > 0,
                          QStringLiteral("archivePage"),
                          QStringLiteral("verifyQueue")};
    }
    if (core::isAllowed(roles, Permission::FileArchive)) {
        const qint64 returned =
            core::VerificationInboxStore(*session.db).returnedCountFor(session.actor.userId);
        cards << HomeCard{Tr::tr("Archive entries returned"),
                          QString::number(returned),
                          Tr::tr("of yours, returned by the section chief with a reason"),
                          returned > 0,
                          QStringLiteral("archivePage"),
                          QStringLiteral("returned")};
    }
    if (core::isAllowed(roles, Permission::LendArchive)) {
        const qint64 overdue = core::ArchiveLoanStore(*session.db).overdueCount();
        if (overdue > 0)
            cards << HomeCard{Tr::tr("Archive files overdue"),
                              QString::number(overdue),
                              Tr::tr("lent and not back by the expected date"),
                              true,
                              QStringLiteral("archivePage"),
                              QStringLiteral("overdueLoans")};
    }
    if (core::isAllowed(roles, Permission::ReadAudit)) {
        const core::AuditVerifyReport r = core::AuditLog(*session.db).verify();
        cards << HomeCard{Tr::tr("Audit log"),
                          QString::number(r.entries),
                          r.intact ? Tr::tr("entries, chain intact")
                                   : Tr::tr("BROKEN at entry %1").arg(r.firstBrokenId),
                          !r.intact,
                          QStringLiteral("auditPage"),
                          QString()};
    }
    return cards;
}

} // namespace youfu::ui
