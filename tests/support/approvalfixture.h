#pragma once
// Users, a seeded policy book and persons for the approval suites. Header-only.

#include "setupcheck.h"
#include "testdb.h"

#include "approval/approvalstore.h"
#include "policy/policystore.h"
#include "registry/citizenid.h"
#include "registry/personstore.h"

#include <QTest>

namespace youfu::test {

struct ApprovalFixture
{
    explicit ApprovalFixture(TestDb& t) : db(t)
    {
        clerk = t.addUser(QStringLiteral("clerk"), core::Role::Clerk, QStringLiteral("王经办"));
        clerk2 = t.addUser(QStringLiteral("clerk2"), core::Role::Clerk, QStringLiteral("赵经办"));
        chief =
            t.addUser(QStringLiteral("chief"), core::Role::SectionChief, QStringLiteral("李科长"));
        inspector =
            t.addUser(QStringLiteral("inspector"), core::Role::Inspector, QStringLiteral("陈纪检"));
        director =
            t.addUser(QStringLiteral("director"), core::Role::Director, QStringLiteral("刘局长"));
        auto seeded = core::PolicyStore(t.db()).seedIllustrative(chief);
        if (!seeded)
            ok = YOUFU_SETUP_FAILED("seed", seeded.error());
        for (const core::Actor* a : {&clerk, &clerk2, &chief, &inspector, &director})
            if (!a->isValid())
                ok = YOUFU_SETUP_FAILED("user", a->login);
    }

    // A valid citizen ID born on `birth`, sequence `seq` (odd = male).
    static QString citizenId(const QDate& birth, int seq)
    {
        const QString first17 = QStringLiteral("430581") +
                                birth.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
        return first17 + core::CitizenId::checkCharacter(first17);
    }

    // A person in a village (rural) or a community (urban).
    qint64 person(const QString& name, int seq, bool urban = false,
                  const QDate& birth = QDate(1950, 3, 1))
    {
        core::PersonDraft d;
        d.name = name;
        d.citizenId = citizenId(birth, seq);
        d.townshipCode = urban ? QStringLiteral("430581001") : QStringLiteral("430581002");
        d.villageCode = urban ? QStringLiteral("430581001001") : QStringLiteral("430581002201");
        d.address = QStringLiteral("武冈市某路%1号").arg(seq);
        const auto r = core::PersonStore(db.db()).add(clerk, d);
        if (!r)
            ok = YOUFU_SETUP_FAILED("person", r.error());
        return r.id;
    }

    qint64 holding(qint64 personId, const QString& code, int grade = 0,
                   const QString& nature = QString())
    {
        core::PersonCategory c;
        c.categoryCode = code;
        c.startDate = QDate(2010, 1, 1);
        c.grade = grade;
        c.nature = nature;
        if (code == QLatin1String("war_veteran") ||
            code == QLatin1String("sick_returned_veteran")) {
            c.enlistedOn = QDate(1970, 12, 1);
            c.dischargedOn = QDate(1976, 3, 1);
        }
        auto r = core::PersonStore(db.db()).addCategory(clerk, personId, c);
        if (!r)
            ok = YOUFU_SETUP_FAILED("category", r.error());
        return r ? r.value() : 0;
    }

    core::ApplicationDraft draft(core::ApplicationType type, qint64 personId) const
    {
        core::ApplicationDraft d;
        d.type = type;
        d.personId = personId;
        d.facts = QStringLiteral("该同志1970年入伍，1976年退伍，现居住在本县。");
        d.reason = QStringLiteral("符合相关政策规定。");
        d.effectiveDate = QDate(2026, 12, 1);
        return d;
    }

    // A standard change for a war veteran: the simplest application with a basis.
    qint64 submittedStandardChange(qint64 personId)
    {
        core::ApplicationDraft d = draft(core::ApplicationType::StandardChange, personId);
        d.categoryCode = QStringLiteral("war_veteran");
        core::ApprovalStore store(db.db());
        auto id = store.create(clerk, d);
        if (!id) {
            ok = YOUFU_SETUP_FAILED("create", id.error());
            return 0;
        }
        if (core::Status s = store.submit(clerk, id.value()); !s)
            ok = YOUFU_SETUP_FAILED("submit", s.error());
        return id.value();
    }

    TestDb& db;
    bool ok = true; // false once any setup step failed (the test is failed already)
    core::Actor clerk, clerk2, chief, inspector, director;
};

} // namespace youfu::test
