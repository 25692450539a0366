#pragma once
// Runs youfuctl in the test process, as a terminal would, with the passwords it asks for.
// Header-only.

#include "cli/cliio.h"
#include "setupcheck.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>

namespace youfu::test {

struct CliRun
{
    int code = 0;
    QString out;
    QString err;
};

// `secrets` answer the password prompts in order; an exhausted list answers "".
inline CliRun youfuctl(const QStringList& args, QStringList secrets = {})
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    core::CliIo io;
    io.out = &out;
    io.err = &err;
    io.readSecret = [&secrets](const QString&) {
        return secrets.isEmpty() ? QString() : secrets.takeFirst();
    };
    r.code = core::runYoufuctl(args, io);
    out.flush();
    err.flush();
    return r;
}

// A demo database of a few persons; the demo users' passwords by login. A failed demo fails
// the running test.
inline QHash<QString, QString> makeDemo(const QString& db, int persons = 30)
{
    QHash<QString, QString> passwords;
    const CliRun r = youfuctl({"--db", db, "demo", "--persons", QString::number(persons)});
    if (r.code != 0) {
        YOUFU_SETUP_FAILED("youfuctl demo", r.err);
        return passwords;
    }
    static const QRegularExpression line(
        QStringLiteral("^\\s+(\\S+)\\s+\\S+\\s+(\\S+)\\s+(\\S+)$"));
    for (const QString& l : r.out.split('\n')) {
        const auto m = line.match(l);
        if (m.hasMatch())
            passwords.insert(m.captured(1), m.captured(3));
    }
    return passwords;
}

} // namespace youfu::test
