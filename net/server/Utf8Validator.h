#pragma once

#include <QByteArrayView>

namespace ensemble {

/// Checks bytes for strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
/// U+10FFFF) as they arrive, in pieces split anywhere, as RFC 6455 wants a text message checked.
class Utf8Validator
{
public:
    /// Reads @p bytes; false once the bytes read so far cannot begin valid UTF-8.
    bool read(QByteArrayView bytes);
    /// Whether the bytes read so far end where a character ends.
    bool atBoundary() const { return m_pending == 0; }
    /// Starts afresh, for the next message.
    void reset() { *this = Utf8Validator(); }

private:
    bool readSlowly(const uchar *byte, const uchar *end);

    int m_pending = 0; ///< Continuation bytes the current character still needs.
    uchar m_low = 0x80; ///< The range the next continuation byte must lie in.
    uchar m_high = 0xbf;
};

} // namespace ensemble
