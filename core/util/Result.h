#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <variant>

namespace opsdeck {

struct StaleWrite; // db/RowVersion.h

// What went wrong, as a value. `code` maps onto the CLI's exit codes.
struct Error
{
    enum class Code {
        Failure = 1,  // anything else: I/O, network, database
        Usage = 2,    // the caller's words are off
        Refused = 3,  // illegal transition, validation, host key
        NotFound = 4, // no such machine, node, series, ...
    };

    Code code = Code::Failure;
    QString message;
    // Set when a write was refused because the row changed since it was read (row
    // versions, migration 0012): who changed it, when, and its current values.
    std::shared_ptr<const StaleWrite> stale{};

    static Error failure(QString m) { return {Code::Failure, std::move(m)}; }
    static Error usage(QString m) { return {Code::Usage, std::move(m)}; }
    static Error refused(QString m) { return {Code::Refused, std::move(m)}; }
    static Error notFound(QString m) { return {Code::NotFound, std::move(m)}; }

    int exitCode() const { return static_cast<int>(code); }
};

// A value or an Error; a small stand-in for C++23's std::expected.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_state); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace opsdeck
