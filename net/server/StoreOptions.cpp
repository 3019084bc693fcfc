#include "StoreOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>
#include <QUrl>

namespace ensemble {

namespace {

Error bad(const QString &message)
{
    return Error {QStringLiteral("bad_arguments"), message};
}

} // namespace

QList<QCommandLineOption> StoreOptions::options()
{
    return {
        {QStringLiteral("store"),
         QCoreApplication::translate(
             "HeadlessServer",
             "Keep the rooms in a database shared with other servers instead of the data "
             "directory: postgresql (the connection string comes from --store-file or "
             "the ENSEMBLE_STORE environment variable)."),
         QStringLiteral("kind")},
        {QStringLiteral("store-file"),
         QCoreApplication::translate(
             "HeadlessServer",
             "Read the database's connection string from the first line of FILE."),
         QStringLiteral("file")},
        {QStringLiteral("lease"),
         QCoreApplication::translate(
             "HeadlessServer",
             "With --store: seconds a server keeps a room after it stops answering "
             "(default 30)."),
         QStringLiteral("seconds")},
        {QStringLiteral("public-address"),
         QCoreApplication::translate(
             "HeadlessServer",
             "With --store: where clients reach this server, ws://HOST:PORT or "
             "wss://HOST:PORT; other servers send a room's clients there."),
         QStringLiteral("url")},
        {QStringLiteral("server-name"),
         QCoreApplication::translate(
             "HeadlessServer",
             "With --store: this server's name in the database (default: HOST:PORT)."),
         QStringLiteral("name")},
    };
}

Result<std::optional<JournalOptions>> StoreOptions::read(const QCommandLineParser &parser,
                                                         quint16 port)
{
    const QString store = parser.value(QStringLiteral("store"));
    if (store.isEmpty()) {
        for (const char *name : {"store-file", "lease", "public-address", "server-name"}) {
            if (parser.isSet(QString::fromLatin1(name)))
                return bad(QCoreApplication::translate("HeadlessServer", "--%1 goes with --store.")
                               .arg(QString::fromLatin1(name)));
        }
        return std::optional<JournalOptions>();
    }
    if (store != QLatin1String("postgresql"))
        return bad(
            QCoreApplication::translate("HeadlessServer", "--store takes postgresql, not “%1”.")
                .arg(store));
    if (parser.isSet(QStringLiteral("data-dir")))
        return bad(QCoreApplication::translate(
            "HeadlessServer",
            "--data-dir and --store exclude each other: with --store the "
            "rooms live in the database."));
    JournalOptions options;
    if (parser.isSet(QStringLiteral("store-file"))) {
        QFile file(parser.value(QStringLiteral("store-file")));
        if (!file.open(QIODevice::ReadOnly))
            return bad(QCoreApplication::translate("HeadlessServer", "Cannot read %1: %2")
                           .arg(file.fileName(), file.errorString()));
        options.conninfo = file.readLine().trimmed();
    } else {
        options.conninfo = qgetenv(environmentVariable).trimmed();
    }
    if (options.conninfo.isEmpty())
        return bad(QCoreApplication::translate(
            "HeadlessServer",
            "--store needs a connection string in --store-file or in the "
            "ENSEMBLE_STORE environment variable."));
    if (parser.isSet(QStringLiteral("lease"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("lease")).toDouble(&ok);
        if (!ok || seconds < 0.3 || seconds > 3600)
            return bad(QCoreApplication::translate(
                           "HeadlessServer", "--lease takes seconds from 0.3 to 3600, not “%1”.")
                           .arg(parser.value(QStringLiteral("lease"))));
        options.leaseMs = qint64(seconds * 1000);
    }
    const QUrl address(parser.value(QStringLiteral("public-address")));
    if (!address.isValid() || address.host().isEmpty()
        || (address.scheme() != QLatin1String("ws") && address.scheme() != QLatin1String("wss")))
        return bad(QCoreApplication::translate(
            "HeadlessServer",
            "--store needs --public-address ws://HOST:PORT or wss://HOST:PORT, "
            "where clients reach this server."));
    options.publicAddress = address.toString(QUrl::StripTrailingSlash);
    options.serverName = parser.isSet(QStringLiteral("server-name"))
        ? parser.value(QStringLiteral("server-name"))
        : QSysInfo::machineHostName() + u':' + QString::number(port);
    return std::optional<JournalOptions>(std::move(options));
}

} // namespace ensemble
