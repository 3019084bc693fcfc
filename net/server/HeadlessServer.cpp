#include "HeadlessServer.h"

#include "LimitOptions.h"
#include "RoomServer.h"
#include "SignalWatcher.h"
#include "StoreOptions.h"
#include "Version.h"
#include "tls/Fingerprint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <cstdio>

namespace ensemble {

namespace {

void log(const QString &message)
{
    const QString line
        = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' ' + message + u'\n';
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

void logActivity(RoomServer &server)
{
    QObject::connect(&server, &RoomServer::participantJoined,
                     [](const QString &room, const Participant &p) {
                         log(QStringLiteral("%1: %2 (#%3) joined").arg(room, p.name).arg(p.id));
                     });
    QObject::connect(&server, &RoomServer::participantLeft,
                     [](const QString &room, const Participant &p) {
                         log(QStringLiteral("%1: %2 (#%3) left").arg(room, p.name).arg(p.id));
                     });
    QObject::connect(&server, &RoomServer::roomCreated,
                     [](const QString &room) { log(QStringLiteral("%1: created").arg(room)); });
    QObject::connect(
        &server, &RoomServer::clientError,
        [](const QString &peer, const QString &room, const QString &code, const QString &message) {
            log(QStringLiteral("%1 %2: %3: %4").arg(room, peer, code, message));
        });
    QObject::connect(&server, &RoomServer::warning,
                     [](const QString &message) { log(QStringLiteral("warning: ") + message); });
}

} // namespace

bool HeadlessServer::requested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--serve") == 0)
            return true;
    }
    return false;
}

Result<HeadlessServer::Options> HeadlessServer::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("HeadlessServer", "Ensemble room server (no display)."));
    const QCommandLineOption serve(
        QStringLiteral("serve"),
        QCoreApplication::translate("HeadlessServer", "Run the headless room server."));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QCoreApplication::translate("HeadlessServer", "TCP port (default 7717)."),
        QStringLiteral("port"), QStringLiteral("7717"));
    const QCommandLineOption bind(
        QStringLiteral("bind"),
        QCoreApplication::translate("HeadlessServer", "Address to listen on (default: all)."),
        QStringLiteral("address"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("HeadlessServer", "Where rooms are saved (default: %1).")
            .arg(RoomServer::defaultDataDir()),
        QStringLiteral("dir"));
    const QCommandLineOption noCreate(
        QStringLiteral("no-create"),
        QCoreApplication::translate("HeadlessServer",
                                    "Refuse to create rooms on a client's request."));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QCoreApplication::translate("HeadlessServer",
                                    "Read the server's password from the first line of FILE: "
                                    "creating a room needs it, and rooms created without a "
                                    "password of their own get it."),
        QStringLiteral("file"));
    const QCommandLineOption certificate(
        QStringLiteral("cert"),
        QCoreApplication::translate("HeadlessServer",
                                    "Serve wss:// with this certificate (PEM; chain allowed)."),
        QStringLiteral("file"));
    const QCommandLineOption key(
        QStringLiteral("key"),
        QCoreApplication::translate("HeadlessServer",
                                    "The certificate's private key (PEM, no passphrase)."),
        QStringLiteral("file"));
    parser.addOptions({serve, port, bind, dataDir, noCreate, passwordFile, certificate, key});
    parser.addOptions(LimitOptions::options());
    parser.addOptions(StoreOptions::options());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const auto fail = [](const QString &message) {
        return Error {QStringLiteral("bad_arguments"), message};
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help))
        return Error {QStringLiteral("help"), parser.helpText()};
    if (parser.isSet(version))
        return Error {QStringLiteral("version"),
                      QStringLiteral("ensemble ") + applicationVersion()};
    if (!parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("HeadlessServer", "Unexpected argument: %1")
                        .arg(parser.positionalArguments().first()));

    Options options;
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return fail(QCoreApplication::translate("HeadlessServer", "Not a port: %1")
                        .arg(parser.value(port)));
    options.port = quint16(portNumber);
    if (parser.isSet(bind) && !options.bind.setAddress(parser.value(bind)))
        return fail(QCoreApplication::translate("HeadlessServer", "Not an IP address: %1")
                        .arg(parser.value(bind)));
    options.config.dataDir
        = parser.isSet(dataDir) ? parser.value(dataDir) : RoomServer::defaultDataDir();
    if (Result<std::monostate> limits = LimitOptions::apply(parser, options.config.limits); !limits)
        return limits.error();
    options.config.allowClientCreatedRooms = !parser.isSet(noCreate);
    if (parser.isSet(passwordFile)) {
        // A file, not the command line, where every local user could read it (ps, /proc).
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("HeadlessServer", "Cannot read %1: %2")
                            .arg(file.fileName(), file.errorString()));
        options.config.password = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
        if (options.config.password.isEmpty())
            return fail(QCoreApplication::translate("HeadlessServer",
                                                    "The first line of %1 holds no password.")
                            .arg(file.fileName()));
    }
    if (parser.isSet(certificate) != parser.isSet(key))
        return fail(QCoreApplication::translate("HeadlessServer",
                                                "--cert and --key must be given together."));
    options.config.certificateFile = parser.value(certificate);
    options.config.privateKeyFile = parser.value(key);
    Result<std::optional<JournalOptions>> store = StoreOptions::read(parser, options.port);
    if (!store)
        return store.error();
    options.journal = std::move(store).value();
    if (options.journal)
        options.config.dataDir.clear();
    return options;
}

namespace {

// Connects @p journal before the server listens: a database that cannot be reached at start is
// an operator's mistake to hear about at once, not a client's error later.
Result<std::monostate> startJournal(DurableJournal &journal)
{
    QEventLoop loop;
    std::optional<QString> failure;
    QObject::connect(&journal, &DurableJournal::ready, &loop, &QEventLoop::quit);
    QObject::connect(&journal, &DurableJournal::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    journal.start();
    loop.exec();
    if (failure)
        return Error {QStringLiteral("store_unavailable"),
                      QStringLiteral("cannot use the store: ") + *failure};
    return std::monostate {};
}

} // namespace

int HeadlessServer::run(int argc, char **argv, const JournalFactory &journals)
{
    // Qt's plain Unix event dispatcher instead of GLib's: with no GUI to integrate with, it makes
    // half the system calls per relayed message (no event-fd wake-up per socket write).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Ensemble"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ensemble"));
    QCoreApplication::setApplicationVersion(applicationVersion());

    Result<Options> options = parse(QCoreApplication::arguments());
    if (!options) {
        const bool informational = options.error().code == QLatin1String("help")
            || options.error().code == QLatin1String("version");
        std::fputs(qPrintable(options.error().message + u'\n'), informational ? stdout : stderr);
        return informational ? 0 : 2;
    }
    SignalWatcher signalWatcher;
    std::unique_ptr<DurableJournal> journal;
    if (const std::optional<JournalOptions> &store = options.value().journal) {
        if (!journals) {
            log(QStringLiteral("this build has no shared store (--store)"));
            return 1;
        }
        journal.reset(journals(*store, nullptr));
        if (Result<std::monostate> started = startJournal(*journal); !started) {
            log(started.error().message);
            return 1;
        }
        options.value().config.journal = journal.get();
        log(QStringLiteral("server %1 at %2, leases of %3 ms")
                .arg(store->serverName, store->publicAddress)
                .arg(store->leaseMs));
    }
    RoomServer server(options.value().config);
    logActivity(server);
    Result<std::monostate> listening = server.listen(options.value().bind, options.value().port);
    if (!listening) {
        log(listening.error().message);
        return 1;
    }
    QStringList with;
    if (!options.value().config.password.isEmpty())
        with.append(QStringLiteral("a password"));
    if (server.isEncrypted())
        with.append(QStringLiteral("TLS"));
    log(QStringLiteral("serving %1 room(s) from %2 on port %3%4")
            .arg(server.roomIds().size())
            .arg(journal ? QStringLiteral("the shared store") : options.value().config.dataDir)
            .arg(server.port())
            .arg(with.isEmpty() ? QString()
                                : QStringLiteral(" with ") + with.join(QStringLiteral(" and "))));
    log(QStringLiteral("browsers join at %1://HOST:%2/ROOM-ID")
            .arg(server.isEncrypted() ? QStringLiteral("https") : QStringLiteral("http"))
            .arg(server.port()));
    if (server.isEncrypted()) {
        const QByteArray fingerprint = server.certificateFingerprint();
        log(QStringLiteral("certificate SHA-256 %1; invites: ensemble://HOST:%2/ROOM-ID?fp=%3")
                .arg(displayFingerprint(fingerprint))
                .arg(server.port())
                .arg(QString::fromLatin1(fingerprint.toHex())));
    }
    QObject::connect(&signalWatcher, &SignalWatcher::received, &app, [&](int signalNumber) {
        log(QStringLiteral("signal %1: saving rooms and stopping").arg(signalNumber));
        server.close();
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    log(QStringLiteral("stopped"));
    return code;
}

} // namespace ensemble
