#pragma once
// Users, a hand-made policy book and persons for the payment suites. Header-only.

#include "setupcheck.h"
#include "testdb.h"

#include "approval/application.h"
#include "payment/paymentstore.h"
#include "policy/policystore.h"
#include "registry/citizenid.h"
#include "registry/personstore.h"
#include "settings/settingsstore.h"

#include <QSqlQuery>
#include <QTest>

namespace youfu::test {

struct PaymentFixture
{
    static constexpr qint64 kWarAnnual = 1'200'000; // 1,000.00 a month
    static constexpr qint64 kMartyrAnnual = 2'400'000;

    explicit PaymentFixture(TestDb& t) : db(t)
    {
        t.clock().set(QDateTime(QDate(2026, 1, 3), QTime(2, 0), Qt::UTC));
        admin = t.admin();
        clerk = t.addUser(QStringLiteral("clerk"), core::Role::Clerk, QStringLiteral("王经办"));
        chief =
            t.addUser(QStringLiteral("chief"), core::Role::SectionChief, QStringLiteral("李科长"));
        director =
            t.addUser(QStringLiteral("director"), core::Role::Director, QStringLiteral("刘局长"));
        standard(QStringLiteral("war_veteran"), kWarAnnual, QDate(2020, 1, 1),
                 QStringLiteral("民发〔2019〕1号"));
        standard(QStringLiteral("martyr_survivor"), kMartyrAnnual, QDate(2020, 1, 1),
                 QStringLiteral("民发〔2019〕2号"));
        if (core::Status s = core::SettingsStore(t.db()).set(
                admin, QStringLiteral("payment.period.martyr_survivor"), QStringLiteral("quarter"));
            !s)
            ok = YOUFU_SETUP_FAILED("setting", s.error());
    }

    void standard(const QString& code, qint64 annualFen, const QDate& from, const QString& number)
    {
        core::BenefitStandard b;
        b.item = core::StandardItem::Annual;
        b.categoryCode = code;
        b.amountFen = annualFen;
        b.effectiveFrom = from;
        b.basisNumber = number;
        b.basisTitle = QStringLiteral("关于调整抚恤补助标准的通知");
        auto r = core::PolicyStore(db.db()).add(chief, b);
        if (!r)
            ok = YOUFU_SETUP_FAILED("standard", r.error());
    }

    static QString citizenId(int seq)
    {
        const QString first17 = QStringLiteral("43058119500301") +
                                QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
        return first17 + core::CitizenId::checkCharacter(first17);
    }

    // A person in a village, holding `code` since 2010, with a bank account or not.
    qint64 person(const QString& name, int seq, const QString& code, bool account = true)
    {
        core::PersonDraft d;
        d.name = name;
        d.citizenId = citizenId(seq);
        d.townshipCode = QStringLiteral("430581002");
        d.villageCode = QStringLiteral("430581002201");
        d.address = QStringLiteral("武冈市某村%1号").arg(seq);
        d.bankName = QStringLiteral("湖南武冈农村商业银行");
        if (account)
            d.bankAccount = QStringLiteral("62210000000000%1").arg(seq, 4, 10, QLatin1Char('0'));
        const auto r = core::PersonStore(db.db()).add(clerk, d);
        if (!r.status) {
            ok = YOUFU_SETUP_FAILED("person", r.status.error());
            return 0;
        }
        core::PersonCategory c;
        c.categoryCode = code;
        c.startDate = QDate(2010, 1, 1);
        if (code == QLatin1String("war_veteran")) {
            c.enlistedOn = QDate(1970, 12, 1);
            c.dischargedOn = QDate(1976, 3, 1);
        }
        if (code == QLatin1String("martyr_survivor")) {
            c.relation = QStringLiteral("子女");
            c.servicemanName = QStringLiteral("王英");
        }
        auto held = core::PersonStore(db.db()).addCategory(clerk, r.id, c);
        if (!held)
            ok = YOUFU_SETUP_FAILED("category", held.error());
        return r.id;
    }

    void giveAccount(qint64 personId, const QString& account)
    {
        core::PersonStore persons(db.db());
        auto p = persons.byId(personId);
        if (!p) {
            ok = YOUFU_SETUP_FAILED("byId", p.error());
            return;
        }
        core::PersonDraft d = p->toDraft();
        d.bankAccount = account;
        const auto r = persons.update(clerk, personId, d);
        if (!r.status)
            ok = YOUFU_SETUP_FAILED("update", r.status.error());
    }

    // Drafts, submits and has the roll of `month` approved; 0 on failure.
    qint64 approvedRoll(const QDate& month)
    {
        core::PaymentStore store(db.db());
        auto r = store.draftRoll(clerk, month);
        if (!r) {
            ok = YOUFU_SETUP_FAILED("draft", r.error());
            return 0;
        }
        if (!approve(r->rollId))
            return 0;
        return r->rollId;
    }

    bool approve(qint64 rollId)
    {
        core::PaymentStore store(db.db());
        if (core::Status s = store.submit(clerk, rollId); !s) {
            ok = YOUFU_SETUP_FAILED("submit", s.error());
            return false;
        }
        for (const core::Actor* a : {&chief, &director})
            if (core::Status s = store.sign(*a, rollId, core::StepDecision::Approve, QString());
                !s) {
                ok = YOUFU_SETUP_FAILED("sign", s.error());
                return false;
            }
        return true;
    }

    int auditCount(const QString& action)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    TestDb& db;
    bool ok = true;
    core::Actor admin, clerk, chief, director;
};

} // namespace youfu::test
