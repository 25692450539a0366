#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace youfu::core {

// What a youfuctl command talks to. The real program binds the terminal; tests bind strings.
struct CliIo
{
    QTextStream* out = nullptr;
    QTextStream* err = nullptr;
    // Reads one secret line: without echo on a terminal, as a plain line when piped.
    std::function<QString(const QString& prompt)> readSecret;
    QString environmentDb; // YOUFU_DB
};

// youfuctl's whole work; main() only binds the terminal and calls this. Returns the exit code.
int runYoufuctl(const QStringList& arguments, CliIo& io);

} // namespace youfu::core
