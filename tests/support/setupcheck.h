#pragma once
// A fixture whose setup fails must fail the test that uses it, not warn and carry on with
// half a database. Header-only.

#include <QString>
#include <QTest>

namespace youfu::test {

// Records the failure in the running test (like QFAIL, but usable where QFAIL's `return`
// cannot be: constructors and helpers that return a value). Returns false for `ok &= …`.
inline bool failSetup(const char* what, const QString& why, const char* file, int line)
{
    const QByteArray message =
        QStringLiteral("setup failed: %1: %2").arg(QString::fromUtf8(what), why).toUtf8();
    QTest::qFail(message.constData(), file, line);
    return false;
}

} // namespace youfu::test

#define YOUFU_SETUP_FAILED(what, why) ::youfu::test::failSetup(what, why, __FILE__, __LINE__)
