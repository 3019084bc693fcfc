#include "JsonWriter.h"

#include "ot/Rope.h"

#include <QChar>
#include <QJsonArray>
#include <QJsonObject>
#include <QtAlgorithms>

#include <algorithm>
#include <cmath>
#include <utility>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ensemble {

namespace {

// The longest escape, \u001f.
constexpr qsizetype longestEscape = 6;

// The most @p unitsLeft units of a string and its closing quote can take without escapes: 3 bytes
// a unit in UTF-8 (a surrogate pair takes 4 for 2), one unit a unit in UTF-16. The writer keeps
// this much room ahead of itself; an escape checks for room for itself on top.
template<class Unit> constexpr qsizetype roomWithoutEscapes(qsizetype unitsLeft)
{
    return (sizeof(Unit) == 1 ? 3 : 1) * unitsLeft + 1;
}

// The room a string of @p length units is given at first, quotes included. Escapes seldom need
// more: in UTF-8 a plain ASCII unit leaves two bytes of its three, and in UTF-16 a quarter more
// than the units is kept for them, which program text (newlines, quotes) stays well within.
template<class Unit> constexpr qsizetype initialRoom(qsizetype length)
{
    return 1 + roomWithoutEscapes<Unit>(length) + longestEscape
        + (sizeof(Unit) == 1 ? 0 : length / 4);
}

bool isPlainAscii(char16_t c)
{
    return c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\';
}

template<class Unit> Unit *writeEscape(Unit *out, char16_t c)
{
    static constexpr char hex[] = "0123456789abcdef";
    *out++ = Unit('\\');
    switch (c) {
    case u'"':
    case u'\\':
        *out++ = Unit(c);
        return out;
    case u'\b':
        *out++ = Unit('b');
        return out;
    case u'\f':
        *out++ = Unit('f');
        return out;
    case u'\n':
        *out++ = Unit('n');
        return out;
    case u'\r':
        *out++ = Unit('r');
        return out;
    case u'\t':
        *out++ = Unit('t');
        return out;
    default:
        *out++ = Unit('u');
        for (int shift = 12; shift >= 0; shift -= 4)
            *out++ = Unit(hex[(c >> shift) & 0xf]);
        return out;
    }
}

// Copies the units at the start of [in, end) that JSON takes as they are and that are ASCII
// (the bulk of program text) to out, narrowed to bytes for UTF-8; returns how many. Eight at a
// time where SSE2 is there: out must have room for eight units while eight are left in the input,
// which the room a string is given ensures.
template<class Unit> qsizetype copyPlainAscii(const char16_t *in, const char16_t *end, Unit *out)
{
    const char16_t *const begin = in;
#ifdef __SSE2__
    const __m128i space = _mm_set1_epi16(0x20);
    const __m128i del = _mm_set1_epi16(0x7f);
    const __m128i quote = _mm_set1_epi16('"');
    const __m128i backslash = _mm_set1_epi16('\\');
    while (end - in >= 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in));
        // Compared as signed: units from 0x8000 up come out below 0x20, and are just as special.
        const __m128i special = _mm_or_si128(
            _mm_or_si128(_mm_cmplt_epi16(units, space), _mm_cmpgt_epi16(units, del)),
            _mm_or_si128(_mm_cmpeq_epi16(units, quote), _mm_cmpeq_epi16(units, backslash)));
        if constexpr (sizeof(Unit) == 1)
            _mm_storel_epi64(reinterpret_cast<__m128i *>(out), _mm_packus_epi16(units, units));
        else
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out), units);
        if (const int mask = _mm_movemask_epi8(special))
            return qsizetype(in - begin) + qCountTrailingZeroBits(uint(mask)) / 2;
        in += 8;
        out += 8;
    }
#endif
    while (in != end && isPlainAscii(*in))
        *out++ = Unit(*in++);
    return qsizetype(in - begin);
}

} // namespace

template<class Text> JsonWriter<Text>::JsonWriter(qsizetype reserve, qsizetype headroom)
{
    m_text.reserve(headroom + reserve);
    m_text.resize(headroom, Unit(0));
}

template<class Text> void JsonWriter<Text>::separate()
{
    if (m_needsComma)
        append(',');
}

template<class Text> void JsonWriter<Text>::append(char c)
{
    if constexpr (std::is_same_v<Text, QByteArray>)
        m_text.append(c);
    else
        m_text.append(QLatin1Char(c));
}

template<class Text> void JsonWriter<Text>::appendAscii(QLatin1StringView ascii)
{
    if constexpr (std::is_same_v<Text, QByteArray>)
        m_text.append(ascii.data(), ascii.size());
    else
        m_text.append(ascii);
}

template<class Text> JsonWriter<Text> &JsonWriter<Text>::beginObject()
{
    separate();
    append('{');
    m_needsComma = false;
    return *this;
}

template<class Text> JsonWriter<Text> &JsonWriter<Text>::endObject()
{
    append('}');
    m_needsComma = true;
    return *this;
}

template<class Text> JsonWriter<Text> &JsonWriter<Text>::beginArray()
{
    separate();
    append('[');
    m_needsComma = false;
    return *this;
}

template<class Text> JsonWriter<Text> &JsonWriter<Text>::endArray()
{
    append(']');
    m_needsComma = true;
    return *this;
}

template<class Text> JsonWriter<Text> &JsonWriter<Text>::key(QLatin1StringView name)
{
    // Keys are the protocol's own names: plain ASCII that needs no escape.
    separate();
    append('"');
    appendAscii(name);
    appendAscii(QLatin1StringView("\":"));
    m_needsComma = false;
    return *this;
}

template<class Text> JsonWriter<Text> &JsonWriter<Text>::value(QLatin1StringView text)
{
    Q_ASSERT(std::all_of(text.begin(), text.end(),
                         [](char c) { return isPlainAscii(char16_t(uchar(c))); }));
    separate();
    append('"');
    appendAscii(text);
    append('"');
    m_needsComma = true;
    return *this;
}

template<class Text> JsonWriter<Text> &JsonWriter<Text>::value(qint64 number)
{
    separate();
    char digits[24];
    char *end = digits + sizeof digits;
    char *at = end;
    // Through the unsigned magnitude, so that the most negative number does not overflow.
    quint64 magnitude = number < 0 ? 0 - quint64(number) : quint64(number);
    do {
        *--at = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (number < 0)
        *--at = '-';
    appendAscii(QLatin1StringView(at, end - at));
    m_needsComma = true;
    return *this;
}

template<class Text> JsonWriter<Text> &JsonWriter<Text>::value(bool flag)
{
    separate();
    appendAscii(flag ? QLatin1StringView("true") : QLatin1StringView("false"));
    m_needsComma = true;
    return *this;
}

template<class Text>
typename JsonWriter<Text>::Unit *JsonWriter<Text>::makeRoom(Unit *at, qsizetype needed)
{
    const auto offset = qsizetype(at - reinterpret_cast<Unit *>(m_text.data()));
    if (m_text.size() - offset < needed)
        m_text.resize(std::max(offset + needed, 2 * m_text.size()));
    return reinterpret_cast<Unit *>(m_text.data()) + offset;
}

template<class Text> JsonWriter<Text> &JsonWriter<Text>::value(QStringView text)
{
    separate();
    // Sized once for the whole string (resize leaves the new units uninitialised, so a generous
    // size costs address space, not pages), with room to spare for what follows a long text.
    const qsizetype room = m_text.size() + initialRoom<Unit>(text.size());
    if (room > m_text.capacity())
        m_text.reserve(room + room / 8 + 1024);
    append('"');
    appendEscaped(text);
    append('"');
    m_needsComma = true;
    return *this;
}

template<class Text> JsonWriter<Text> &JsonWriter<Text>::value(const Rope &text)
{
    separate();
    const qsizetype room = m_text.size() + initialRoom<Unit>(text.size());
    if (room > m_text.capacity())
        m_text.reserve(room + room / 8 + 1024);
    append('"');
    // Parts small enough to stay in the cache and in the heap's free lists; a part never ends
    // between the two halves of a surrogate pair, which would escape them as lone surrogates.
    constexpr qsizetype partUnits = 16 * 1024;
    for (qsizetype at = 0; at < text.size();) {
        QString part = text.mid(at, partUnits);
        if (at + part.size() < text.size() && part.back().isHighSurrogate())
            part.chop(1);
        appendEscaped(part);
        at += part.size();
    }
    append('"');
    m_needsComma = true;
    return *this;
}

template<class Text> void JsonWriter<Text>::appendEscaped(QStringView text)
{
    const qsizetype start = m_text.size();
    const qsizetype room = start + initialRoom<Unit>(text.size());
    if (room > m_text.capacity())
        m_text.reserve(std::max(room, 2 * m_text.capacity()));
    m_text.resize(room);
    Unit *out = reinterpret_cast<Unit *>(m_text.data()) + start;
    Unit *limit = reinterpret_cast<Unit *>(m_text.data()) + m_text.size();
    const char16_t *in = text.utf16();
    const char16_t *const end = in + text.size();
    while (in != end) {
        const qsizetype plain = copyPlainAscii(in, end, out);
        in += plain;
        out += plain;
        if (in == end)
            break;
        const char16_t c = *in++;
        const bool pair = QChar::isHighSurrogate(c) && in != end && QChar::isLowSurrogate(*in);
        if (c < 0x80 || (QChar::isSurrogate(c) && !pair)) {
            if (const qsizetype needed = longestEscape + roomWithoutEscapes<Unit>(end - in);
                limit - out < needed) {
                out = makeRoom(out, needed);
                limit = reinterpret_cast<Unit *>(m_text.data()) + m_text.size();
            }
            out = writeEscape(out, c);
        } else if (pair) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, *in++);
            if constexpr (sizeof(Unit) == 1) {
                *out++ = char(0xf0 | (ucs4 >> 18));
                *out++ = char(0x80 | ((ucs4 >> 12) & 0x3f));
                *out++ = char(0x80 | ((ucs4 >> 6) & 0x3f));
                *out++ = char(0x80 | (ucs4 & 0x3f));
            } else {
                *out++ = c;
                *out++ = in[-1];
            }
        } else if constexpr (sizeof(Unit) == 1) {
            if (c < 0x800) {
                *out++ = char(0xc0 | (c >> 6));
            } else {
                *out++ = char(0xe0 | (c >> 12));
                *out++ = char(0x80 | ((c >> 6) & 0x3f));
            }
            *out++ = char(0x80 | (c & 0x3f));
        } else {
            *out++ = c;
        }
    }
    m_text.resize(qsizetype(out - reinterpret_cast<Unit *>(m_text.data())));
}

template<class Text> JsonWriter<Text> &JsonWriter<Text>::jsonValue(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return value(json.toBool());
    case QJsonValue::Double:
        if (const double number = json.toDouble();
            std::trunc(number) == number && std::fabs(number) <= double(qint64(1) << 53)) {
            return value(qint64(number));
        }
        // JSON has no infinities or NaN; QJsonDocument writes them as null too.
        if (!std::isfinite(json.toDouble()))
            break;
        separate();
        appendAscii(QLatin1StringView(QByteArray::number(json.toDouble(), 'g', 17)));
        m_needsComma = true;
        return *this;
    case QJsonValue::String:
        return value(json.toString());
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &element : json.toArray())
            jsonValue(element);
        return endArray();
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            // A key is a string like any other, then a colon instead of a comma.
            value(it.key());
            append(':');
            m_needsComma = false;
            jsonValue(it.value());
        }
        return endObject();
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    separate();
    appendAscii(QLatin1StringView("null"));
    m_needsComma = true;
    return *this;
}

template<class Text> Text JsonWriter<Text>::take()
{
    // A long string was given room for its worst case; the unused part goes back to the heap.
    if (m_text.capacity() - m_text.size() > 64 * 1024)
        m_text.squeeze();
    m_needsComma = false;
    return std::exchange(m_text, Text());
}

template class JsonWriter<QByteArray>;
template class JsonWriter<QString>;

} // namespace ensemble
