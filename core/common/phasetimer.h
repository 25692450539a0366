#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <cstdio>

namespace youfu::core {

// The time of each phase of a long store operation, printed on stderr when the environment
// variable YOUFU_PHASES is set (benchmarks and profiling; silent otherwise).
class PhaseTimer
{
public:
    explicit PhaseTimer(const char* what)
        : m_what(what), m_on(qEnvironmentVariableIsSet("YOUFU_PHASES"))
    {
        m_clock.start();
    }
    void lap(const char* phase)
    {
        if (!m_on)
            return;
        std::fprintf(stderr, "  [%s] %s: %lld ms, %s\n", m_what, phase,
                     static_cast<long long>(m_clock.restart()), residentMb().constData());
    }

private:
    // The process's resident memory now and at its peak (Linux), for the benchmark's figures.
    static QByteArray residentMb()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return QByteArray();
        QByteArray out;
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:"))
                out += line.simplified() + ' ';
        return out;
    }

    const char* m_what;
    bool m_on;
    QElapsedTimer m_clock;
};

} // namespace youfu::core
