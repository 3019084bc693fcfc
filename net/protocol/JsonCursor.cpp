#include "JsonCursor.h"

#include <cstring>
#include <emmintrin.h>

namespace ensemble {

const char *JsonCursor::stringEnd() const
{
    const char *p = m_at;
    while (p < m_end) {
        const auto *hit = static_cast<const char *>(std::memchr(p, '"', size_t(m_end - p)));
        if (!hit)
            return nullptr;
        // The quote is escaped when an odd number of backslashes stand right before it.
        const char *q = hit;
        while (q > m_at && q[-1] == '\\')
            --q;
        if ((hit - q) % 2 == 0)
            return hit;
        p = hit + 1;
    }
    return nullptr;
}

bool JsonCursor::parseString(QString &out)
{
    const char *end = stringEnd();
    if (!end) {
        m_at = m_end;
        return fail(QJsonParseError::UnterminatedString);
    }
    out.resize(end - m_at);
    char16_t *to = reinterpret_cast<char16_t *>(out.data());
    const char16_t *const first = to;
    const __m128i zero = _mm_setzero_si128();
    const __m128i backslash = _mm_set1_epi8('\\');
    while (m_at < end) {
        if (end - m_at >= 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_at));
            const int special
                = _mm_movemask_epi8(bytes) | _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, backslash));
            if (special == 0) {
                _mm_storeu_si128(reinterpret_cast<__m128i *>(to), _mm_unpacklo_epi8(bytes, zero));
                _mm_storeu_si128(reinterpret_cast<__m128i *>(to + 8),
                                 _mm_unpackhi_epi8(bytes, zero));
                m_at += 16;
                to += 16;
                continue;
            }
        }
        const auto byte = static_cast<unsigned char>(*m_at);
        if (byte == '\\') {
            if (!readEscape(to))
                return fail(QJsonParseError::IllegalEscapeSequence);
        } else if (byte < 0x80) {
            *to++ = byte;
            ++m_at;
        } else if (!readUtf8(end, to)) {
            return fail(QJsonParseError::IllegalUTF8String);
        }
    }
    out.resize(to - first);
    ++m_at; // the closing quote
    return true;
}

// Qt's escapes: the JSON ones, \uXXXX as one unit (lone surrogates included), and any other
// byte standing for itself.
bool JsonCursor::readEscape(char16_t *&to)
{
    ++m_at;
    if (m_at >= m_end)
        return false;
    const auto escaped = static_cast<unsigned char>(*m_at++);
    switch (escaped) {
    case 'b':
        *to++ = 0x8;
        return true;
    case 'f':
        *to++ = 0xc;
        return true;
    case 'n':
        *to++ = 0xa;
        return true;
    case 'r':
        *to++ = 0xd;
        return true;
    case 't':
        *to++ = 0x9;
        return true;
    case 'u': {
        if (m_end - m_at < 4)
            return false;
        char16_t unit = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_at++;
            unit <<= 4;
            if (c >= '0' && c <= '9')
                unit |= char16_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                unit |= char16_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                unit |= char16_t(c - 'A' + 10);
            else
                return false;
        }
        *to++ = unit;
        return true;
    }
    default:
        // Even a non-ASCII byte, taken for a Latin-1 character, as Qt does: what follows is
        // read as usual (a continuation byte then fails as invalid UTF-8).
        *to++ = escaped;
        return true;
    }
}

// One UTF-8 sequence of two to four bytes, refusing what Qt refuses: stray continuation
// bytes, overlong forms, encoded surrogates and code points past U+10FFFF.
bool JsonCursor::readUtf8(const char *end, char16_t *&to)
{
    const auto *p = reinterpret_cast<const unsigned char *>(m_at);
    const auto *stop = reinterpret_cast<const unsigned char *>(end);
    const unsigned char lead = p[0];
    int length = 0;
    char32_t cp = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1F;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0F;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07;
        minimum = 0x10000;
    } else {
        return false;
    }
    if (stop - p < length)
        return false;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return false;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return false;
    if (cp >= 0x10000) {
        *to++ = char16_t(0xD800 + ((cp - 0x10000) >> 10));
        *to++ = char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
        *to++ = char16_t(cp);
    }
    m_at += length;
    return true;
}

} // namespace ensemble
