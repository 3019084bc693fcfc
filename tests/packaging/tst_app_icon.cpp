// The application icon is embedded as :/icons/ensemble.svg and renders at every size a desktop
// asks for: this needs Qt's SVG icon engine, which is why the package depends on libqt6svg6.

#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>

class AppIconTest : public QObject
{
    Q_OBJECT

private slots:
    void rendersAtEverySize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            QTest::addRow("%dx%d", size, size) << size;
    }

    void rendersAtEverySize()
    {
        QFETCH(int, size);
        const QIcon icon(QStringLiteral(":/icons/ensemble.svg"));
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(QSize(size, size), 1.0).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // Rounded corners stay transparent; the middle is covered.
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }

    void isScalable()
    {
        // Only an SVG-capable engine offers a pixmap larger than any it was given.
        const QIcon icon(QStringLiteral(":/icons/ensemble.svg"));
        QCOMPARE(icon.actualSize(QSize(1024, 1024)), QSize(1024, 1024));
    }
};

QTEST_MAIN(AppIconTest)
#include "tst_app_icon.moc"
