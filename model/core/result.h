#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Newsdesk {

// A failure reported to the caller as a value. The message is translated, names the file,
// field or value concerned, and is fit to show to a person as it is.
class Error final
{
public:
    enum class Kind {
        Failed, // anything without a more precise kind
        NotFound, // a file, row or name that does not exist
        AlreadyExists, // refusing to overwrite something
        Invalid, // bad input: a value or argument that cannot be used
        NotALibrary, // a file that is not a Newsdesk library (or not SQLite at all)
        Corrupt, // a damaged database file
        NewerSchema, // a library written by a newer Newsdesk
        ReadOnly, // no permission to write
        Locked, // busy: another program holds a lock
        Database, // an unexpected database error
        Io, // reading or writing a file failed
        Conflict, // someone else changed it first
        Cancelled, // the person (or a caller) stopped it
        Denied, // the person's role does not allow it (the message says what it takes)
        Unauthenticated, // a wrong or missing password
    };

    Error() = default;
    Error(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
    {
    }

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

private:
    Kind m_kind = Kind::Failed;
    QString m_message;
};

// Either a value or an Error. Callers check ok() (or the bool conversion) before value().
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    // By value, so that `for (x : f().value())` does not iterate a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_data)); }
    T valueOr(T fallback) const { return ok() ? std::get<0>(m_data) : std::move(fallback); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// The outcome of an operation that returns nothing but may fail.
template<>
class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Newsdesk
