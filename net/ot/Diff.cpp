#include "Diff.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

namespace ensemble {

namespace {

using Text = std::u32string_view;

// How many search steps (diagonals visited plus snake steps) one diff may take in all; once spent,
// the ranges still unresolved count as replaced wholesale. Bounds a `replace` to ~0.1 s of CPU.
constexpr qsizetype searchBudget = 50'000'000;

std::u32string codePoints(const QString &text)
{
    std::u32string result;
    result.reserve(size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result.push_back(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else {
            result.push_back(c.unicode()); // a lone surrogate stays one unit wide
        }
    }
    return result;
}

// Each line (with its line feed) as a symbol; equal lines share one, so the diff works on lines.
std::u32string lineSymbols(const QString &text, std::vector<QStringView> &lines,
                           QHash<QStringView, char32_t> &symbols)
{
    std::u32string result;
    for (qsizetype at = 0; at < text.size();) {
        const qsizetype feed = text.indexOf(u'\n', at);
        const qsizetype end = feed < 0 ? text.size() : feed + 1;
        const QStringView line = QStringView(text).mid(at, end - at);
        auto it = symbols.constFind(line);
        if (it == symbols.cend()) {
            it = symbols.insert(line, char32_t(lines.size()));
            lines.push_back(line);
        }
        result.push_back(*it);
        at = end;
    }
    return result;
}

class Differ
{
public:
    // lines: the table of line symbols, or nullptr when the symbols are code points.
    explicit Differ(const std::vector<QStringView> *lines = nullptr)
        : m_lines(lines)
    {
    }

    TextOperation take() { return std::move(m_op); }

    qsizetype units(Text text) const
    {
        qsizetype count = 0;
        for (char32_t c : text)
            count += m_lines ? (*m_lines)[c].size() : (c > 0xFFFF ? 2 : 1);
        return count;
    }

    QString toQString(Text text) const
    {
        QString result;
        result.reserve(units(text));
        for (char32_t c : text) {
            if (m_lines) {
                result.append((*m_lines)[c]);
            } else if (c > 0xFFFF) {
                result.append(QChar::highSurrogate(c));
                result.append(QChar::lowSurrogate(c));
            } else {
                result.append(QChar(char16_t(c)));
            }
        }
        return result;
    }

    void run(Text a, Text b)
    {
        const size_t prefix
            = std::mismatch(a.begin(), a.end(), b.begin(), b.end()).first - a.begin();
        m_op.retain(units(a.substr(0, prefix)));
        a.remove_prefix(prefix);
        b.remove_prefix(prefix);
        const size_t suffix
            = std::mismatch(a.rbegin(), a.rend(), b.rbegin(), b.rend()).first - a.rbegin();
        const Text common = a.substr(a.size() - suffix);
        a.remove_suffix(suffix);
        b.remove_suffix(suffix);

        if (a.empty() || b.empty()) {
            m_op.insert(toQString(b));
            m_op.remove(units(a));
        } else if (const auto split = bisect(a, b); split && split->first + split->second > 0
                   && split->first + split->second < a.size() + b.size()) {
            run(a.substr(0, split->first), b.substr(0, split->second));
            run(a.substr(split->first), b.substr(split->second));
        } else {
            m_op.insert(toQString(b));
            m_op.remove(units(a));
        }
        m_op.retain(units(common));
    }

private:
    // Myers' middle snake search (as in diff-match-patch's bisect): returns a point on an optimal
    // edit path, or nothing when the budget runs out first.
    std::optional<std::pair<size_t, size_t>> bisect(Text a, Text b)
    {
        const auto n = qsizetype(a.size());
        const auto m = qsizetype(b.size());
        const qsizetype maxD = (n + m + 1) / 2;
        const qsizetype offset = maxD;
        std::vector<qsizetype> forward(size_t(2 * maxD + 2), -1);
        std::vector<qsizetype> backward(size_t(2 * maxD + 2), -1);
        forward[size_t(offset + 1)] = 0;
        backward[size_t(offset + 1)] = 0;
        const qsizetype delta = n - m;
        const bool checkForward = delta % 2 != 0;
        qsizetype fStart = 0, fEnd = 0, bStart = 0, bEnd = 0;
        const auto size = qsizetype(forward.size());
        for (qsizetype d = 0; d < maxD && m_budget > 0; ++d) {
            m_budget -= 4 * d + 2;
            for (qsizetype k = -d + fStart; k <= d - fEnd; k += 2) {
                const qsizetype ko = offset + k;
                qsizetype x = (k == -d || (k != d && forward[ko - 1] < forward[ko + 1]))
                    ? forward[ko + 1]
                    : forward[ko - 1] + 1;
                qsizetype y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    ++x;
                    ++y;
                    --m_budget;
                }
                forward[ko] = x;
                if (x > n) {
                    fEnd += 2;
                } else if (y > m) {
                    fStart += 2;
                } else if (checkForward) {
                    const qsizetype bo = offset + delta - k;
                    if (bo >= 0 && bo < size && backward[bo] != -1 && x >= n - backward[bo])
                        return std::pair {size_t(x), size_t(y)};
                }
            }
            for (qsizetype k = -d + bStart; k <= d - bEnd; k += 2) {
                const qsizetype ko = offset + k;
                qsizetype x = (k == -d || (k != d && backward[ko - 1] < backward[ko + 1]))
                    ? backward[ko + 1]
                    : backward[ko - 1] + 1;
                qsizetype y = x - k;
                while (x < n && y < m && a[n - x - 1] == b[m - y - 1]) {
                    ++x;
                    ++y;
                    --m_budget;
                }
                backward[ko] = x;
                if (x > n) {
                    bEnd += 2;
                } else if (y > m) {
                    bStart += 2;
                } else if (!checkForward) {
                    const qsizetype fo = offset + delta - k;
                    if (fo >= 0 && fo < size && forward[fo] != -1) {
                        const qsizetype fx = forward[fo];
                        if (fx >= n - x)
                            return std::pair {size_t(fx), size_t(offset + fx - fo)};
                    }
                }
            }
        }
        return std::nullopt;
    }

    const std::vector<QStringView> *m_lines;
    TextOperation m_op;
    qsizetype m_budget = searchBudget;
};

} // namespace

TextOperation diff(const QString &from, const QString &to)
{
    const std::u32string a = codePoints(from);
    const std::u32string b = codePoints(to);
    Differ differ;
    differ.run(a, b);
    return differ.take();
}

TextOperation lineDiff(const QString &from, const QString &to)
{
    std::vector<QStringView> lines;
    QHash<QStringView, char32_t> symbols;
    const std::u32string a = lineSymbols(from, lines, symbols);
    const std::u32string b = lineSymbols(to, lines, symbols);
    Differ differ(&lines);
    differ.run(a, b);
    return differ.take();
}

} // namespace ensemble
