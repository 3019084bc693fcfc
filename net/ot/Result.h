#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace ensemble {

/// A failure with a protocol-level code ("bad_operation", "bad_revision", "too_large", ...) and a
/// human-readable, translated message.
struct Error
{
    QString code;
    QString message;
};

/// Either a value of type T or an Error; the engine reports bad input through this, never by
/// throwing or asserting. Use Result<std::monostate> when there is no value to return.
template<class T> class [[nodiscard]] Result
{
public:
    /// A successful result holding value.
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    /// A failed result holding error.
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    /// True when this holds a value.
    bool ok() const { return m_data.index() == 0; }
    /// Same as ok().
    explicit operator bool() const { return ok(); }

    /// The value; only valid when ok().
    T &value() & { return *std::get_if<0>(&m_data); }
    /// The value; only valid when ok().
    const T &value() const & { return *std::get_if<0>(&m_data); }
    /// The value, moved out; only valid when ok().
    T &&value() && { return std::move(*std::get_if<0>(&m_data)); }

    /// The error; only valid when !ok().
    const Error &error() const { return *std::get_if<1>(&m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Shorthand for a successful Result<std::monostate>.
inline Result<std::monostate> success()
{
    return std::monostate {};
}

} // namespace ensemble
