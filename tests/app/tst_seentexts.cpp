// The texts last seen of shared documents, kept for "while you were away" without the history
// (SeenTexts): read back only at the epoch and revision they were kept at, every UTF-16 unit
// intact, none longer than the bound, and readable by the user only.
#include "TempFiles.h"
#include "session/SeenTexts.h"

#include <QFileInfo>
#include <QTest>

using namespace ensemble;
using ensemble::test::TempFolder;

class TestSeenTexts : public QObject
{
    Q_OBJECT

private slots:
    void readBackAsKept_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("epoch");
        QTest::addColumn<qint64>("revision");
        QTest::addColumn<bool>("found");
        QTest::addRow("the same") << "host:1/room#d2"
                                  << "e1" << qint64(7) << true;
        QTest::addRow("another revision") << "host:1/room#d2"
                                          << "e1" << qint64(8) << false;
        QTest::addRow("another epoch") << "host:1/room#d2"
                                       << "e2" << qint64(7) << false;
        QTest::addRow("another document") << "host:1/room#d3"
                                          << "e1" << qint64(7) << false;
    }
    void readBackAsKept()
    {
        QFETCH(QString, key);
        QFETCH(QString, epoch);
        QFETCH(qint64, revision);
        QFETCH(bool, found);
        TempFolder folder;
        // A lone surrogate, U+FEFF and NUL survive.
        const QString text
            = QStringLiteral("a") + QChar(0xd800) + QChar(0xfeff) + QChar(0) + QStringLiteral("z");
        SeenTexts(folder.filePath(QStringLiteral("seen")))
            .keep(QStringLiteral("host:1/room#d2"), QStringLiteral("e1"), 7, text);
        const std::optional<QString> read
            = SeenTexts(folder.filePath(QStringLiteral("seen"))).text(key, epoch, revision);
        QCOMPARE(read.has_value(), found);
        if (found)
            QCOMPARE(*read, text);
    }

    void aTooLongTextIsNotKept()
    {
        TempFolder folder;
        SeenTexts texts(folder.filePath(QStringLiteral("seen")));
        const QString key = QStringLiteral("host:1/room");
        texts.keep(key, QStringLiteral("e"), 1, QStringLiteral("short"));
        QVERIFY(texts.text(key, QStringLiteral("e"), 1));
        texts.keep(key, QStringLiteral("e"), 2, QString(SeenTexts::maxTextUnits + 1, u'x'));
        QVERIFY(!texts.text(key, QStringLiteral("e"), 2));
        QVERIFY(!texts.text(key, QStringLiteral("e"), 1));
    }

    void filesAreTheUsersOnly()
    {
        TempFolder folder;
        const QString directory = folder.filePath(QStringLiteral("seen"));
        SeenTexts(directory).keep(QStringLiteral("k"), QStringLiteral("e"), 1, QStringLiteral("t"));
        QCOMPARE(QFileInfo(directory).permissions() & 0x0077, QFileDevice::Permissions());
    }
};

QTEST_APPLESS_MAIN(TestSeenTexts)
#include "tst_seentexts.moc"
