#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace youfu::core {

// The outcome of an operation that returns nothing. The message is written for the clerk:
// the window shows it as it is.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status success() { return Status(); }
    static Status failure(QString message)
    {
        Status s;
        s.m_failed = true;
        s.m_message = std::move(message);
        return s;
    }

    bool isOk() const { return !m_failed; }
    explicit operator bool() const { return !m_failed; }
    const QString& error() const { return m_message; }

private:
    bool m_failed = false;
    QString m_message;
};

// A value or the reason there is none.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status failure) : m_message(failure.error())
    {
        if (m_message.isEmpty())
            m_message = QStringLiteral("unknown error");
    }
    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // On a temporary, a copy: `for (x : store.list().value())` must not dangle.
    T value() && { return std::move(*m_value); }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T takeValue() { return std::move(*m_value); }
    const QString& error() const { return m_message; }
    Status status() const { return isOk() ? Status::success() : Status::failure(m_message); }

private:
    std::optional<T> m_value;
    QString m_message;
};

} // namespace youfu::core
