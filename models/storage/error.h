#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace shortlist {

// What went wrong, in words a user can act on. Errors never cross layers as
// exceptions: functions return Result<T> or bool plus an Error.
enum class ErrorCode {
    None,
    NotFound,       // file, row or name does not exist
    NotADatabase,   // not an SQLite file, or not a Shortlist database
    EmptyFile,      // zero-length file that we did not just create
    Truncated,      // shorter than its own header says
    Corrupt,        // quick_check failed or SQLite reports corruption
    NewerSchema,    // written by a newer Shortlist
    ReadOnly,       // file, folder or connection is read-only
    Locked,         // another process holds the write lock beyond the busy timeout
    DiskFull,       // SQLITE_FULL, the disk or max_page_count
    Stale,          // optimistic concurrency: someone else changed the record
    Invalid,        // input failed validation
    Io,             // file system error
    Sql,            // any other database error
    Cancelled,      // the user stopped a long operation; nothing was written
};

struct Error {
    ErrorCode code = ErrorCode::None;
    QString message;   // one or two sentences: the problem and how to fix it
    QString detail;    // technical detail (SQL, native error) for logs

    explicit operator bool() const { return code != ErrorCode::None; }
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

// A value or an Error; a small stand-in for std::expected (C++23).
template <typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) {}          // NOLINT(google-explicit-constructor)
    Result(Error error) : m_error(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace shortlist
