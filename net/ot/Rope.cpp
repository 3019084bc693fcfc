#include "Rope.h"

#include "TextOperation.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cstring>

namespace ensemble {

namespace detail {

// Leaves hold up to leafCapacity units and inner nodes up to fanout children; all leaves sit at
// the same depth. Small chunks keep the memmove of an insert cheap, a wide fanout keeps the tree
// shallow (a 100 k-unit document is two levels deep).
constexpr int leafCapacity = 512;
constexpr int fanout = 32;

// A node may belong to several ropes (copies share it until one of them changes it), and those
// ropes may live on different threads: the count is atomic, and a rope changes a node in place
// only while it alone holds it.
struct RopeNode
{
    bool leaf;
    int count; // units in a leaf, children in an inner node
    std::atomic<int> refs {1};
};

struct RopeLeaf : RopeNode
{
    char16_t text[leafCapacity];
};

struct RopeInner : RopeNode
{
    qsizetype total;
    // One spare slot lets a child split land before this node splits in turn.
    qsizetype lengths[fanout + 1];
    RopeNode *children[fanout + 1];
};

} // namespace detail

using detail::fanout;
using detail::leafCapacity;
using Node = detail::RopeNode;
using Leaf = detail::RopeLeaf;
using Inner = detail::RopeInner;

namespace {

Leaf *asLeaf(Node *node)
{
    return static_cast<Leaf *>(node);
}
const Leaf *asLeaf(const Node *node)
{
    return static_cast<const Leaf *>(node);
}
Inner *asInner(Node *node)
{
    return static_cast<Inner *>(node);
}
const Inner *asInner(const Node *node)
{
    return static_cast<const Inner *>(node);
}

Leaf *newLeaf()
{
    auto *leaf = new Leaf;
    leaf->refs.store(1, std::memory_order_relaxed);
    leaf->leaf = true;
    leaf->count = 0;
    return leaf;
}

Inner *newInner()
{
    auto *inner = new Inner;
    inner->refs.store(1, std::memory_order_relaxed);
    inner->leaf = false;
    inner->count = 0;
    inner->total = 0;
    return inner;
}

qsizetype length(const Node *node)
{
    return node->leaf ? node->count : asInner(node)->total;
}

Node *share(Node *node)
{
    node->refs.fetch_add(1, std::memory_order_relaxed);
    return node;
}

// Drops one hold on node, deleting it (and dropping its holds on its children) with the last.
void release(Node *node)
{
    if (node->refs.fetch_sub(1, std::memory_order_acq_rel) != 1)
        return;
    if (node->leaf) {
        delete asLeaf(node);
        return;
    }
    Inner *inner = asInner(node);
    for (int i = 0; i < inner->count; ++i)
        release(inner->children[i]);
    delete inner;
}

// Makes *slot a node this rope alone holds, copying it (its children shared) when it is shared,
// so that what other copies see never changes. Callers change nodes only after this, top down.
void makeUnique(Node *&slot)
{
    if (slot->refs.load(std::memory_order_acquire) == 1)
        return;
    Node *copy = nullptr;
    if (slot->leaf) {
        Leaf *leaf = newLeaf();
        leaf->count = slot->count;
        std::memcpy(leaf->text, asLeaf(slot)->text, sizeof(char16_t) * size_t(slot->count));
        copy = leaf;
    } else {
        const Inner *from = asInner(slot);
        Inner *inner = newInner();
        inner->count = from->count;
        inner->total = from->total;
        for (int i = 0; i < from->count; ++i) {
            inner->children[i] = share(from->children[i]);
            inner->lengths[i] = from->lengths[i];
        }
        copy = inner;
    }
    release(slot);
    slot = copy;
}

void insertChild(Inner *inner, int at, Node *child)
{
    const int after = inner->count - at;
    std::memmove(inner->children + at + 1, inner->children + at, sizeof(Node *) * size_t(after));
    std::memmove(inner->lengths + at + 1, inner->lengths + at, sizeof(qsizetype) * size_t(after));
    inner->children[at] = child;
    inner->lengths[at] = length(child);
    ++inner->count;
}

void eraseChild(Inner *inner, int at)
{
    const int after = inner->count - at - 1;
    std::memmove(inner->children + at, inner->children + at + 1, sizeof(Node *) * size_t(after));
    std::memmove(inner->lengths + at, inner->lengths + at + 1, sizeof(qsizetype) * size_t(after));
    --inner->count;
}

// Inserts s (at most leafCapacity units) at position inside node; returns the new right sibling
// when node had to split, which the caller then adopts.
Node *insertInto(Node *node, qsizetype position, QStringView s)
{
    const auto n = int(s.size());
    if (node->leaf) {
        Leaf *leaf = asLeaf(node);
        const auto at = int(position);
        if (leaf->count + n <= leafCapacity) {
            std::memmove(leaf->text + at + n, leaf->text + at,
                         sizeof(char16_t) * size_t(leaf->count - at));
            std::memcpy(leaf->text + at, s.utf16(), sizeof(char16_t) * size_t(n));
            leaf->count += n;
            return nullptr;
        }
        char16_t combined[2 * leafCapacity];
        std::memcpy(combined, leaf->text, sizeof(char16_t) * size_t(at));
        std::memcpy(combined + at, s.utf16(), sizeof(char16_t) * size_t(n));
        std::memcpy(combined + at + n, leaf->text + at,
                    sizeof(char16_t) * size_t(leaf->count - at));
        const int total = leaf->count + n;
        Leaf *right = newLeaf();
        leaf->count = total / 2;
        right->count = total - leaf->count;
        std::memcpy(leaf->text, combined, sizeof(char16_t) * size_t(leaf->count));
        std::memcpy(right->text, combined + leaf->count, sizeof(char16_t) * size_t(right->count));
        return right;
    }
    Inner *inner = asInner(node);
    int i = 0;
    while (i < inner->count - 1 && position > inner->lengths[i]) {
        position -= inner->lengths[i];
        ++i;
    }
    inner->total += n;
    makeUnique(inner->children[i]);
    Node *split = insertInto(inner->children[i], position, s);
    inner->lengths[i] += n;
    if (!split)
        return nullptr;
    inner->lengths[i] -= length(split);
    insertChild(inner, i + 1, split);
    if (inner->count <= fanout)
        return nullptr;
    Inner *right = newInner();
    const int keep = inner->count / 2;
    for (int j = keep; j < inner->count; ++j) {
        right->children[right->count] = inner->children[j];
        right->lengths[right->count++] = inner->lengths[j];
        right->total += inner->lengths[j];
    }
    inner->count = keep;
    inner->total -= right->total;
    return right;
}

// Joins child at with its right neighbour when one of them is sparse and both fit in one node,
// so deletions cannot leave the tree full of tiny chunks.
bool mergeWithNext(Inner *inner, int at)
{
    Node *b = inner->children[at + 1];
    if (b->leaf) {
        const Leaf *right = asLeaf(b);
        const int leftCount = inner->children[at]->count;
        const bool sparse = leftCount < leafCapacity / 4 || right->count < leafCapacity / 4;
        if (!sparse || leftCount + right->count > leafCapacity)
            return false;
        makeUnique(inner->children[at]);
        Leaf *left = asLeaf(inner->children[at]);
        std::memcpy(left->text + left->count, right->text, sizeof(char16_t) * size_t(right->count));
        left->count += right->count;
    } else {
        const Inner *right = asInner(b);
        const int leftCount = inner->children[at]->count;
        const bool sparse = leftCount < fanout / 4 || right->count < fanout / 4;
        if (!sparse || leftCount + right->count > fanout)
            return false;
        makeUnique(inner->children[at]);
        Inner *left = asInner(inner->children[at]);
        for (int j = 0; j < right->count; ++j) {
            left->children[left->count] = share(right->children[j]);
            left->lengths[left->count++] = right->lengths[j];
        }
        left->total += right->total;
    }
    release(b);
    inner->lengths[at] += inner->lengths[at + 1];
    eraseChild(inner, at + 1);
    return true;
}

// Removes [position, position + count) from inside node.
void removeFrom(Node *node, qsizetype position, qsizetype count, QString *removed)
{
    if (node->leaf) {
        Leaf *leaf = asLeaf(node);
        const auto at = int(position);
        const auto n = int(count);
        if (removed)
            removed->append(QStringView(leaf->text + at, n));
        std::memmove(leaf->text + at, leaf->text + at + n,
                     sizeof(char16_t) * size_t(leaf->count - at - n));
        leaf->count -= n;
        return;
    }
    Inner *inner = asInner(node);
    inner->total -= count;
    int i = 0;
    while (position >= inner->lengths[i]) {
        position -= inner->lengths[i];
        ++i;
    }
    const int first = i;
    while (count > 0) {
        const qsizetype take = std::min(count, inner->lengths[i] - position);
        makeUnique(inner->children[i]);
        removeFrom(inner->children[i], position, take, removed);
        inner->lengths[i] -= take;
        count -= take;
        position = 0;
        if (inner->lengths[i] == 0) {
            release(inner->children[i]);
            eraseChild(inner, i);
        } else {
            ++i;
        }
    }
    for (int j = std::max(0, first - 1); j < std::min(inner->count - 1, first + 1); ++j) {
        if (mergeWithNext(inner, j))
            --j;
    }
}

void appendRange(const Node *node, qsizetype position, qsizetype count, QString &out)
{
    if (node->leaf) {
        out.append(QStringView(asLeaf(node)->text + position, count));
        return;
    }
    const Inner *inner = asInner(node);
    for (int i = 0; i < inner->count && count > 0; ++i) {
        const qsizetype childLength = inner->lengths[i];
        if (position >= childLength) {
            position -= childLength;
            continue;
        }
        const qsizetype take = std::min(count, childLength - position);
        appendRange(inner->children[i], position, take, out);
        count -= take;
        position = 0;
    }
}

} // namespace

Rope::Rope()
    : m_root(newLeaf())
{
}

Rope::Rope(QStringView text)
{
    // Fill leaves three quarters full so the first edits rarely split them, then stack levels.
    constexpr int leafFill = leafCapacity * 3 / 4;
    constexpr int innerFill = fanout * 3 / 4;
    QList<Node *> level;
    for (qsizetype at = 0; at < text.size(); at += leafFill) {
        Leaf *leaf = newLeaf();
        leaf->count = int(std::min<qsizetype>(leafFill, text.size() - at));
        std::memcpy(leaf->text, text.utf16() + at, sizeof(char16_t) * size_t(leaf->count));
        level.append(leaf);
    }
    while (level.size() > 1) {
        QList<Node *> parents;
        for (qsizetype at = 0; at < level.size(); at += innerFill) {
            Inner *inner = newInner();
            for (qsizetype j = at; j < std::min(level.size(), at + innerFill); ++j) {
                insertChild(inner, inner->count, level[j]);
                inner->total += inner->lengths[inner->count - 1];
            }
            parents.append(inner);
        }
        level.swap(parents);
    }
    m_root = level.isEmpty() ? newLeaf() : level.first();
    m_size = text.size();
}

Rope::~Rope()
{
    if (m_root)
        release(m_root);
}

Rope::Rope(const Rope &other)
    : m_root(share(other.m_root))
    , m_size(other.m_size)
{
}

Rope &Rope::operator=(const Rope &other)
{
    if (this != &other) {
        Rope copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Rope::Rope(Rope &&other) noexcept
    : m_root(std::exchange(other.m_root, newLeaf()))
    , m_size(std::exchange(other.m_size, 0))
{
}

Rope &Rope::operator=(Rope &&other) noexcept
{
    std::swap(m_root, other.m_root);
    std::swap(m_size, other.m_size);
    return *this;
}

void Rope::insert(qsizetype position, QStringView text)
{
    position = std::clamp<qsizetype>(position, 0, m_size); // a bad position must not corrupt
    // Larger texts go in leaf-sized pieces, each a cheap single-leaf insert.
    while (!text.isEmpty()) {
        const QStringView piece = text.first(std::min<qsizetype>(text.size(), leafCapacity));
        makeUnique(m_root);
        if (Node *split = insertInto(m_root, position, piece)) {
            Inner *root = newInner();
            insertChild(root, 0, m_root);
            insertChild(root, 1, split);
            root->total = root->lengths[0] + root->lengths[1];
            m_root = root;
        }
        m_size += piece.size();
        position += piece.size();
        text = text.mid(piece.size());
    }
}

void Rope::remove(qsizetype position, qsizetype count, QString *removed)
{
    position = std::clamp<qsizetype>(position, 0, m_size);
    count = std::min(count, m_size - position);
    if (count <= 0)
        return;
    makeUnique(m_root);
    removeFrom(m_root, position, count, removed);
    m_size -= count;
    // A root with one child is a wasted level; a root that lost every child becomes a leaf.
    while (!m_root->leaf && asInner(m_root)->count <= 1) {
        const Inner *root = asInner(m_root);
        Node *next = root->count == 1 ? share(root->children[0]) : newLeaf();
        release(m_root);
        m_root = next;
    }
}

Result<std::monostate> Rope::apply(const TextOperation &op, QString *removed)
{
    if (op.baseLength() != m_size) {
        return Error {QStringLiteral("bad_operation"),
                      QCoreApplication::translate("TextOperation",
                                                  "The operation expects a document of %1 "
                                                  "characters but it has %2.")
                          .arg(op.baseLength())
                          .arg(m_size)};
    }
    qsizetype position = 0;
    op.forEachComponent([&](TextOperation::Kind kind, qsizetype length, QStringView inserted) {
        switch (kind) {
        case TextOperation::Kind::Retain:
            position += length;
            break;
        case TextOperation::Kind::Insert:
            insert(position, inserted);
            position += length;
            break;
        case TextOperation::Kind::Delete:
            remove(position, length, removed);
            break;
        }
    });
    return success();
}

QString Rope::text() const
{
    QString out;
    out.reserve(m_size);
    appendRange(m_root, 0, m_size, out);
    return out;
}

QString Rope::mid(qsizetype position, qsizetype count) const
{
    position = std::clamp<qsizetype>(position, 0, m_size);
    count = std::clamp<qsizetype>(count, 0, m_size - position);
    QString out;
    out.reserve(count);
    appendRange(m_root, position, count, out);
    return out;
}

} // namespace ensemble
