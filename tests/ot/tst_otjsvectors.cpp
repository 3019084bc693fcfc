#include "OtJson.h"
#include "ot/Selection.h"
#include "protocol/ParseJson.h"

#include <QFile>
#include <QtTest>

using namespace ensemble;
using ensemble::test::compactJson;

// Every case in otjs_vectors.json (written by generate_vectors.js from ot.js's own answers) must
// come out of Ensemble as byte-identical JSON.
class TestOtJsVectors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreesWithOtJs_data();
    void agreesWithOtJs();

private:
    QJsonArray m_vectors;
};

namespace {

// JSON.stringify of a lone string: serialised inside an array, then unwrapped.
QByteArray stringJson(const QString &text)
{
    const QByteArray wrapped = compactJson(QJsonArray {text});
    return wrapped.mid(1, wrapped.size() - 2);
}

TextOperation operation(const QJsonObject &vector, const char *key)
{
    return TextOperation::fromJson(vector.value(QLatin1String(key))).value();
}

// Ensemble's answer for one vector, serialised the way ot.js's JSON.stringify does.
QByteArray answer(const QJsonObject &vector)
{
    const QString kind = vector.value(QStringLiteral("kind")).toString();
    const QString doc = vector.value(QStringLiteral("doc")).toString();
    if (kind == QStringLiteral("apply"))
        return stringJson(operation(vector, "op").apply(doc).value());
    if (kind == QStringLiteral("compose"))
        return compactJson(
            TextOperation::compose(operation(vector, "a"), operation(vector, "b")).value());
    if (kind == QStringLiteral("transform")) {
        const auto pair
            = TextOperation::transform(operation(vector, "a"), operation(vector, "b")).value();
        return compactJson(QJsonArray {pair.first.toJson(), pair.second.toJson()});
    }
    if (kind == QStringLiteral("invert"))
        return compactJson(operation(vector, "op").invert(doc));
    if (kind == QStringLiteral("normalise"))
        return compactJson(operation(vector, "op"));
    if (kind == QStringLiteral("transformIndex"))
        return QByteArray::number(transformIndex(vector.value(QStringLiteral("index")).toInteger(),
                                                 operation(vector, "op")));
    return "unknown kind " + kind.toUtf8();
}

} // namespace

void TestOtJsVectors::initTestCase()
{
    QFile file(QFINDTESTDATA("otjs_vectors.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "otjs_vectors.json is missing");
    // JSON.stringify writes U+FEFF raw, which QJsonDocument::fromJson drops at a string's start.
    const QJsonDocument document = parseJson(file.readAll());
    m_vectors = document.object().value(QStringLiteral("vectors")).toArray();
    QVERIFY(m_vectors.size() >= 7200);
}

void TestOtJsVectors::agreesWithOtJs_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind :
         {"apply", "compose", "transform", "invert", "normalise", "transformIndex"})
        QTest::addRow("%s", kind) << QString::fromLatin1(kind);
}

void TestOtJsVectors::agreesWithOtJs()
{
    QFETCH(QString, kind);
    int checked = 0;
    for (qsizetype i = 0; i < m_vectors.size(); ++i) {
        const QJsonObject vector = m_vectors.at(i).toObject();
        if (vector.value(QStringLiteral("kind")).toString() != kind)
            continue;
        const QByteArray expected = vector.value(QStringLiteral("expected")).toString().toUtf8();
        const QByteArray actual = answer(vector);
        if (actual != expected)
            QFAIL(qPrintable(QStringLiteral("vector %1:\n  ot.js:    %2\n  Ensemble: %3")
                                 .arg(i)
                                 .arg(QString::fromUtf8(expected), QString::fromUtf8(actual))));
        ++checked;
    }
    QVERIFY(checked >= 100);
}

QTEST_GUILESS_MAIN(TestOtJsVectors)
#include "tst_otjsvectors.moc"
