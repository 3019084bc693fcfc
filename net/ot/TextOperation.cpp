#include "TextOperation.h"

#include <QCoreApplication>

namespace ensemble {

TextOperation &TextOperation::retain(qsizetype n)
{
    if (n <= 0)
        return *this;
    m_baseLength += n;
    m_targetLength += n;
    if (!m_components.isEmpty() && m_components.last().kind == Kind::Retain)
        m_components.last().length += n;
    else
        m_components.append({n, Kind::Retain});
    return *this;
}

TextOperation &TextOperation::insert(QStringView text)
{
    if (text.isEmpty())
        return *this;
    m_text.append(text);
    return insertComponent(text.size());
}

TextOperation &TextOperation::insertComponent(qsizetype n)
{
    m_targetLength += n;
    const qsizetype count = m_components.size();
    if (count > 0 && m_components[count - 1].kind == Kind::Insert) {
        m_components[count - 1].length += n;
    } else if (count > 0 && m_components[count - 1].kind == Kind::Delete) {
        // ot.js keeps inserts before deletes so "delete then insert" and "insert then delete"
        // normalise to one form. The delete carries no text, so m_text stays in component order.
        if (count > 1 && m_components[count - 2].kind == Kind::Insert) {
            m_components[count - 2].length += n;
        } else {
            m_components.insert(count - 1, {n, Kind::Insert});
        }
    } else {
        m_components.append({n, Kind::Insert});
    }
    return *this;
}

TextOperation &TextOperation::remove(qsizetype n)
{
    if (n <= 0)
        return *this;
    m_baseLength += n;
    if (!m_components.isEmpty() && m_components.last().kind == Kind::Delete)
        m_components.last().length += n;
    else
        m_components.append({n, Kind::Delete});
    return *this;
}

bool TextOperation::isNoop() const
{
    return m_components.isEmpty()
        || (m_components.size() == 1 && m_components.first().kind == Kind::Retain);
}

bool operator==(const TextOperation &a, const TextOperation &b)
{
    if (a.m_baseLength != b.m_baseLength || a.m_targetLength != b.m_targetLength
        || a.m_components.size() != b.m_components.size() || a.m_text != b.m_text)
        return false;
    for (qsizetype i = 0; i < a.m_components.size(); ++i) {
        if (a.m_components[i].kind != b.m_components[i].kind
            || a.m_components[i].length != b.m_components[i].length)
            return false;
    }
    return true;
}

Result<QString> TextOperation::apply(const QString &text) const
{
    if (text.size() != m_baseLength) {
        return Error {QStringLiteral("bad_operation"),
                      QCoreApplication::translate("TextOperation",
                                                  "The operation expects a document of %1 "
                                                  "characters but it has %2.")
                          .arg(m_baseLength)
                          .arg(text.size())};
    }
    QString result;
    result.reserve(m_targetLength);
    qsizetype position = 0;
    forEachComponent([&](Kind kind, qsizetype length, QStringView inserted) {
        switch (kind) {
        case Kind::Retain:
            result.append(QStringView(text).mid(position, length));
            position += length;
            break;
        case Kind::Insert:
            result.append(inserted);
            break;
        case Kind::Delete:
            position += length;
            break;
        }
    });
    return result;
}

TextOperation TextOperation::invert(const QString &base) const
{
    TextOperation inverse;
    qsizetype position = 0;
    forEachComponent([&](Kind kind, qsizetype length, QStringView) {
        switch (kind) {
        case Kind::Retain:
            inverse.retain(length);
            position += length;
            break;
        case Kind::Insert:
            inverse.remove(length);
            break;
        case Kind::Delete:
            inverse.insert(QStringView(base).mid(position, length));
            position += length;
            break;
        }
    });
    return inverse;
}

TextOperation TextOperation::invertFromDeleted(QStringView deleted) const
{
    TextOperation inverse;
    qsizetype position = 0;
    forEachComponent([&](Kind kind, qsizetype length, QStringView) {
        switch (kind) {
        case Kind::Retain:
            inverse.retain(length);
            break;
        case Kind::Insert:
            inverse.remove(length);
            break;
        case Kind::Delete:
            inverse.insert(deleted.mid(position, length));
            position += length;
            break;
        }
    });
    return inverse;
}

} // namespace ensemble
