#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <utility>

class QJsonValue;

namespace ensemble {

/// An edit spanning a whole document, with ot.js's semantics and wire form: components retain n,
/// insert a string, or delete n, all counted in UTF-16 code units. Built through retain(), insert()
/// and remove(), which normalise exactly like ot.js (adjacent components of one kind merge, an
/// insert next to a delete goes first), so equal edits compare equal and serialise identically.
class TextOperation
{
    Q_DECLARE_TR_FUNCTIONS(TextOperation)

public:
    /// What one component does.
    enum class Kind : quint8 { Retain, Insert, Delete };

    /// Largest base or target length accepted from the outside (JSON, documents): 64 Mi units.
    static constexpr qsizetype maxLength = qsizetype(64) * 1024 * 1024;
    /// Most components a parsed operation may have.
    static constexpr qsizetype maxComponents = qsizetype(1) << 20;

    /// Keeps the next n units (n <= 0 does nothing).
    TextOperation &retain(qsizetype n);
    /// Inserts text at the current position (an empty text does nothing).
    TextOperation &insert(QStringView text);
    /// Same as insert(QStringView).
    TextOperation &insert(const QString &text) { return insert(QStringView(text)); }
    /// Deletes the next n units (n <= 0 does nothing).
    TextOperation &remove(qsizetype n);

    /// Length of the text this operation applies to.
    qsizetype baseLength() const { return m_baseLength; }
    /// Length of the text it produces.
    qsizetype targetLength() const { return m_targetLength; }
    /// True when applying it changes nothing (no components, or one retain).
    bool isNoop() const;
    /// Number of (normalised) components.
    qsizetype componentCount() const { return m_components.size(); }
    /// Units inserted, over all inserts.
    qsizetype insertedLength() const { return m_text.size(); }

    /// Calls f(Kind, qsizetype length, QStringView insertedText) for each component in order;
    /// insertedText is empty except for inserts.
    template<class F> void forEachComponent(F &&f) const;

    /// Parses ot.js's JSON form (positive int retain, string insert, negative int delete),
    /// validating every element; when expectedBaseLength >= 0 the base length must equal it.
    static Result<TextOperation> fromJson(const QJsonValue &json,
                                          qsizetype expectedBaseLength = -1);
    /// The JSON form, identical to ot.js's JSON.stringify(op) once serialised compactly.
    QJsonArray toJson() const;

    /// The text this operation makes of text, or "bad_operation" when the lengths disagree.
    Result<QString> apply(const QString &text) const;
    /// The operation undoing this one; base must be the text this one applies to.
    TextOperation invert(const QString &base) const;
    /// The same inverse built from only the units this operation deletes, in order (as
    /// Rope::apply reports them), so a server need not keep old texts to undo its log.
    TextOperation invertFromDeleted(QStringView deleted) const;

    /// One operation with the effect of a then b (b.baseLength() must be a.targetLength()).
    static Result<TextOperation> compose(const TextOperation &a, const TextOperation &b);
    /// The pair (a', b') with compose(a, b') == compose(b, a') for a and b on the same base; when
    /// both insert at one position a's insert goes first, as in ot.js.
    static Result<std::pair<TextOperation, TextOperation>> transform(const TextOperation &a,
                                                                     const TextOperation &b);

    /// Same components, hence same effect and same JSON.
    friend bool operator==(const TextOperation &a, const TextOperation &b);

private:
    struct Component
    {
        qsizetype length;
        Kind kind;
    };
    class Cursor;

    // The component part of insert(): the caller keeps m_text the concatenation of the inserts.
    TextOperation &insertComponent(qsizetype n);

    // Qt 6.4.2's QVarLengthArray move assignment overwrites the target's heap buffer without
    // freeing it (LeakSanitizer in the ASan suite), so a move releases that buffer first.
    struct Components : QVarLengthArray<Component, 3>
    {
        Components() = default;
        Components(const Components &) = default;
        Components(Components &&) = default;
        Components &operator=(const Components &) = default;
        Components &operator=(Components &&other) noexcept
        {
            clear();
            squeeze();
            QVarLengthArray::operator=(std::move(other));
            return *this;
        }
    };

    // Insert texts are concatenated in component order in m_text, so an operation holds at most
    // one string allocation and typical edits (retain, insert, retain) keep their components
    // inline.
    Components m_components;
    QString m_text;
    qsizetype m_baseLength = 0;
    qsizetype m_targetLength = 0;
};

template<class F> void TextOperation::forEachComponent(F &&f) const
{
    qsizetype textOffset = 0;
    for (const Component &c : m_components) {
        if (c.kind == Kind::Insert) {
            f(c.kind, c.length, QStringView(m_text).mid(textOffset, c.length));
            textOffset += c.length;
        } else {
            f(c.kind, c.length, QStringView());
        }
    }
}

} // namespace ensemble
