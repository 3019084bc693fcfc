#include "TextCodec.h"

#include <QTest>

using namespace ensemble;

Q_DECLARE_METATYPE(ensemble::Encoding)
Q_DECLARE_METATYPE(ensemble::LineEnding)

class TextCodecTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsByteExact_data();
    void roundTripsByteExact();
    void decodesUtf8Text();
    void latin1FallbackKeepsEveryByte();
    void encodeRefusesWhatLatin1CannotStore();
    void encodeAddsBomOnlyWhenAsked();
};

void TextCodecTest::roundTripsByteExact_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<LineEnding>("lineEnding");
    QTest::addColumn<bool>("mixed");

    const auto utf8 = Encoding::Utf8;
    const auto latin1 = Encoding::Latin1;
    const auto lf = LineEnding::Lf;
    const auto crlf = LineEnding::CrLf;
    const auto cr = LineEnding::Cr;
    QTest::addRow("empty") << QByteArray() << utf8 << false << lf << false;
    QTest::addRow("ascii, no newline") << QByteArray("int x;") << utf8 << false << lf << false;
    QTest::addRow("LF") << QByteArray("a\nb\n") << utf8 << false << lf << false;
    QTest::addRow("CRLF") << QByteArray("a\r\nb\r\n") << utf8 << false << crlf << false;
    QTest::addRow("CR") << QByteArray("a\rb\r") << utf8 << false << cr << false;
    QTest::addRow("mixed, mostly CRLF")
        << QByteArray("a\r\nb\r\nc\nd") << utf8 << false << crlf << true;
    QTest::addRow("mixed, mostly LF") << QByteArray("a\nb\nc\r\n") << utf8 << false << lf << true;
    QTest::addRow("lone CR inside LF text")
        << QByteArray("a\rb\nc\n") << utf8 << false << lf << true;
    QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBFhello\n") << utf8 << true << lf << false;
    QTest::addRow("BOM only") << QByteArray("\xEF\xBB\xBF") << utf8 << true << lf << false;
    QTest::addRow("two BOMs") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFx") << utf8 << true << lf
                              << false;
    QTest::addRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF"
                                                "a\r\nb\r\n")
                                  << utf8 << true << crlf << false;
    QTest::addRow("accents") << QByteArray("caf\xC3\xA9 na\xC3\xAFve\n") << utf8 << false << lf
                             << false;
    QTest::addRow("CJK") << QByteArray("\xE6\xBC\xA2\xE5\xAD\x97\n") << utf8 << false << lf
                         << false;
    QTest::addRow("emoji (outside the BMP)")
        << QByteArray("smile \xF0\x9F\x98\x80 \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD\n") << utf8 << false
        << lf << false;
    QTest::addRow("NUL bytes") << QByteArray("a\0b\0\n", 5) << utf8 << false << lf << false;
    QTest::addRow("Latin-1 text") << QByteArray("caf\xE9\n") << latin1 << false << lf << false;
    QTest::addRow("lone continuation byte")
        << QByteArray("x\x80y") << latin1 << false << lf << false;
    QTest::addRow("truncated sequence at end")
        << QByteArray("ok \xE2\x82") << latin1 << false << lf << false;
    QTest::addRow("overlong slash") << QByteArray("\xC0\xAF") << latin1 << false << lf << false;
    QTest::addRow("UTF-16 surrogate in UTF-8")
        << QByteArray("\xED\xA0\x80") << latin1 << false << lf << false;
    QTest::addRow("beyond U+10FFFF")
        << QByteArray("\xF4\x90\x80\x80") << latin1 << false << lf << false;
    QTest::addRow("0xFF bytes") << QByteArray("\xFF\xFE\xFF") << latin1 << false << lf << false;
    QTest::addRow("BOM then invalid, CRLF")
        << QByteArray("\xEF\xBB\xBFx\xFF\r\n") << latin1 << false << crlf << false;
    QByteArray everyByte;
    for (int b = 0; b < 256; ++b)
        everyByte.append(char(b));
    QTest::addRow("all 256 byte values") << everyByte << latin1 << false << lf << true;
}

void TextCodecTest::roundTripsByteExact()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, encoding);
    QFETCH(bool, bom);
    QFETCH(LineEnding, lineEnding);
    QFETCH(bool, mixed);

    const DecodedText decoded = decodeText(bytes);
    QCOMPARE(decoded.format.encoding, encoding);
    QCOMPARE(decoded.format.byteOrderMark, bom);
    QCOMPARE(decoded.format.lineEnding, lineEnding);
    QCOMPARE(decoded.format.mixedLineEndings, mixed);
    const std::optional<QByteArray> encoded = encodeText(decoded.text, decoded.format);
    QVERIFY(encoded.has_value());
    QCOMPARE(*encoded, bytes);
}

void TextCodecTest::decodesUtf8Text()
{
    const DecodedText decoded = decodeText(QByteArray("\xEF\xBB\xBF\xF0\x9F\x98\x80\r\n"));
    // The BOM is format, not text; the emoji is one code point, two UTF-16 units.
    QCOMPARE(decoded.text, QString::fromUtf8("\xF0\x9F\x98\x80\r\n"));
    QCOMPARE(decoded.text.size(), 4);
}

void TextCodecTest::latin1FallbackKeepsEveryByte()
{
    const DecodedText decoded = decodeText(QByteArray("na\xEFve \xFF"));
    QCOMPARE(decoded.format.encoding, Encoding::Latin1);
    QCOMPARE(decoded.text, QStringLiteral(u"na\u00efve \u00ff"));
}

void TextCodecTest::encodeRefusesWhatLatin1CannotStore()
{
    TextFormat latin1;
    latin1.encoding = Encoding::Latin1;
    QCOMPARE(encodeText(u"caf\u00e9", latin1), std::optional<QByteArray>("caf\xE9"));
    QVERIFY(!encodeText(u"euro \u20ac", latin1).has_value());
    QVERIFY(!encodeText(QString::fromUtf8("\xF0\x9F\x98\x80"), latin1).has_value());
}

void TextCodecTest::encodeAddsBomOnlyWhenAsked()
{
    TextFormat format;
    QCOMPARE(*encodeText(u"x", format), QByteArray("x"));
    format.byteOrderMark = true;
    QCOMPARE(*encodeText(u"x", format), QByteArray("\xEF\xBB\xBFx"));
}

QTEST_GUILESS_MAIN(TextCodecTest)
#include "tst_textcodec.moc"
