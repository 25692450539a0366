#include "security/passwordhasher.h"
#include "security/passwordpolicy.h"
#include "security/role.h"

#include <QTest>

using namespace youfu;

class TestPasswords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hashAndVerify();
    void wrongPasswordFails();
    void hashesAreSalted();
    void foreignHashRefused();
    void policy_data();
    void policy();
    void roles_data();
    void roles();
};

void TestPasswords::hashAndVerify()
{
    const QString h = core::PasswordHasher::hash(QStringLiteral("优抚Pass1"));
    QVERIFY(h.startsWith("$argon2id$"));
    QVERIFY(!h.contains(QStringLiteral("优抚Pass1")));
    QVERIFY(core::PasswordHasher::verify(h, QStringLiteral("优抚Pass1")));
}

void TestPasswords::wrongPasswordFails()
{
    const QString h = core::PasswordHasher::hash("Correct1!");
    QVERIFY(!core::PasswordHasher::verify(h, "correct1!"));
    QVERIFY(!core::PasswordHasher::verify(h, ""));
    QVERIFY(!core::PasswordHasher::verify(h, "Correct1! "));
}

void TestPasswords::hashesAreSalted()
{
    QVERIFY(core::PasswordHasher::hash("Same1!pass") != core::PasswordHasher::hash("Same1!pass"));
}

void TestPasswords::foreignHashRefused()
{
    QVERIFY(!core::PasswordHasher::verify("5f4dcc3b5aa765d61d8327deb882cf99", "password"));
    QVERIFY(!core::PasswordHasher::verify("", ""));
}

void TestPasswords::policy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("ok");
    QTest::newRow("too short") << "Ab1!" << "zhang" << false;
    QTest::newRow("7 chars") << "Abcde1!" << "zhang" << false;
    QTest::newRow("only lower") << "abcdefghij" << "zhang" << false;
    QTest::newRow("two classes") << "abcdefg123" << "zhang" << false;
    QTest::newRow("three classes") << "Abcdefg123" << "zhang" << true;
    QTest::newRow("lower digit sign") << "abcd-1234" << "zhang" << true;
    QTest::newRow("contains login") << "Zhang#2026x" << "zhang" << false;
    QTest::newRow("chinese counts as other") << "优抚abc123" << "li" << true;
}

void TestPasswords::policy()
{
    QFETCH(QString, password);
    QFETCH(QString, login);
    QFETCH(bool, ok);
    const core::Status s = core::checkPasswordPolicy(password, login);
    QCOMPARE(s.isOk(), ok);
    if (!ok)
        QVERIFY(!s.error().isEmpty());
}

void TestPasswords::roles_data()
{
    using core::Role;
    QTest::addColumn<int>("roles");
    QTest::addColumn<bool>("ok");
    QTest::newRow("none") << 0 << false;
    QTest::newRow("clerk") << int(Role::Clerk) << true;
    QTest::newRow("clerk+chief") << int(Role::Clerk | Role::SectionChief) << true;
    QTest::newRow("admin alone") << int(Role::Admin) << true;
    QTest::newRow("admin+clerk") << int(Role::Admin | Role::Clerk) << false;
    QTest::newRow("auditor alone") << int(Role::Auditor) << true;
    QTest::newRow("auditor+director") << int(Role::Auditor | Role::Director) << false;
    QTest::newRow("admin+auditor") << int(Role::Admin | Role::Auditor) << false;
}

void TestPasswords::roles()
{
    QFETCH(int, roles);
    QFETCH(bool, ok);
    QCOMPARE(core::validateRoles(core::Roles::fromInt(roles)).isOk(), ok);
}

QTEST_GUILESS_MAIN(TestPasswords)
#include "tst_passwords.moc"
