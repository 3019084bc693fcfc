#include "Utf8Validator.h"

#include <cstring>

namespace ensemble {

bool Utf8Validator::read(QByteArrayView bytes)
{
    const auto *byte = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *end = byte + bytes.size();
    // Code is mostly ASCII: eight bytes at a time while no character is open and no byte has its
    // high bit set, at memory speed for the 10 MB of a large document.
    constexpr quint64 highBits = 0x8080808080808080ULL;
    for (;;) {
        while (m_pending == 0 && end - byte >= 8) {
            quint64 word;
            std::memcpy(&word, byte, sizeof word);
            if (word & highBits)
                break;
            byte += 8;
        }
        if (byte == end)
            return true;
        const uchar *stop = std::min(end, byte + 8);
        if (!readSlowly(byte, stop))
            return false;
        byte = stop;
    }
}

bool Utf8Validator::readSlowly(const uchar *byte, const uchar *end)
{
    for (; byte != end; ++byte) {
        const uchar b = *byte;
        if (m_pending > 0) {
            if (b < m_low || b > m_high)
                return false;
            --m_pending;
            m_low = 0x80;
            m_high = 0xbf;
            continue;
        }
        if (b < 0x80)
            continue;
        // The first byte fixes the length and, for the forms that would be overlong, surrogates
        // or beyond U+10FFFF, narrows the range of the byte after it.
        if (b >= 0xc2 && b <= 0xdf) {
            m_pending = 1;
        } else if (b >= 0xe0 && b <= 0xef) {
            m_pending = 2;
            if (b == 0xe0)
                m_low = 0xa0;
            else if (b == 0xed)
                m_high = 0x9f;
        } else if (b >= 0xf0 && b <= 0xf4) {
            m_pending = 3;
            if (b == 0xf0)
                m_low = 0x90;
            else if (b == 0xf4)
                m_high = 0x8f;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace ensemble
