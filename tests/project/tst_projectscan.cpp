// ProjectScan as a specification: real folders in a temporary directory, what is shared and what
// is left out, with the reason.
#include "ProjectScan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace ensemble;
using Reason = ProjectScan::Reason;

Q_DECLARE_METATYPE(ProjectLimits)

namespace {

// "path=content"; a content of "<binary>" is text with a NUL byte in it.
void write(const QDir &root, const QStringList &entries)
{
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(u'=');
        const QString path = entry.left(equals);
        QByteArray content = entry.mid(equals + 1).toUtf8();
        if (content == "<binary>")
            content = QByteArray("PNG\0\x01\x02", 6);
        QVERIFY(root.mkpath(QFileInfo(path).path()));
        QFile file(root.filePath(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
}

QStringList sharedPaths(const ProjectScan &scan)
{
    QStringList paths;
    for (const ProjectScan::File &file : scan.files())
        paths.append(file.path);
    return paths;
}

QString reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Ignored:
        return QStringLiteral("ignored");
    case Reason::GitDirectory:
        return QStringLiteral("git");
    case Reason::Binary:
        return QStringLiteral("binary");
    case Reason::TooLarge:
        return QStringLiteral("too large");
    case Reason::TooManyFiles:
        return QStringLiteral("too many");
    case Reason::TotalTooLarge:
        return QStringLiteral("total");
    case Reason::Unreadable:
        return QStringLiteral("unreadable");
    case Reason::SymbolicLink:
        return QStringLiteral("symlink");
    case Reason::NotARegularFile:
        return QStringLiteral("special");
    }
    return {};
}

// "path:reason" for each omission, and "path:ignored:by" when a .gitignore left it out.
QStringList omissions(const ProjectScan &scan)
{
    QStringList out;
    for (const ProjectScan::Omission &o : scan.leftOut()) {
        QString line = o.path + u':' + reasonName(o.reason);
        if (o.reason == Reason::Ignored)
            line += u':' + o.detail;
        out.append(line);
    }
    return out;
}

ProjectLimits limits(int files, qint64 fileBytes, qint64 totalBytes)
{
    ProjectLimits l;
    l.maxFiles = files;
    l.maxFileBytes = fileBytes;
    l.maxTotalBytes = totalBytes;
    return l;
}

} // namespace

class TestProjectScan : public QObject
{
    Q_OBJECT

private slots:
    void scan_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<ProjectLimits>("limits");
        QTest::addColumn<QStringList>("shared");
        QTest::addColumn<QStringList>("leftOut");
        const ProjectLimits defaults;
        QTest::addRow("every text file, names sorted, directories in place")
            << QStringList {"b.txt=b", "a/z.cpp=z", "a/b/c.h=c", ".hidden=h"} << defaults
            << QStringList {".hidden", "a/b/c.h", "a/z.cpp", "b.txt"} << QStringList {};
        QTest::addRow("the root .gitignore applies at every depth")
            << QStringList {".gitignore=*.o\nbuild/", "main.o=",      "src/x.o=", "src/x.c=",
                            "build/out.txt=",         "src/build/y=", "keep.c="}
            << defaults << QStringList {".gitignore", "keep.c", "src/x.c"}
            << QStringList {"build:ignored:.gitignore", "main.o:ignored:.gitignore",
                            "src/build:ignored:.gitignore", "src/x.o:ignored:.gitignore"};
        QTest::addRow("a nested .gitignore re-includes what its parent excludes")
            << QStringList {".gitignore=*.log", "a.log=", "logs/.gitignore=!keep.log",
                            "logs/keep.log=", "logs/other.log="}
            << defaults << QStringList {".gitignore", "logs/.gitignore", "logs/keep.log"}
            << QStringList {"a.log:ignored:.gitignore", "logs/other.log:ignored:.gitignore"};
        QTest::addRow("a nested .gitignore's anchored pattern is relative to its directory")
            << QStringList {"sub/.gitignore=/gen", "sub/gen/a=", "sub/x/gen/b=", "gen/c="}
            << defaults << QStringList {"gen/c", "sub/.gitignore", "sub/x/gen/b"}
            << QStringList {"sub/gen:ignored:sub/.gitignore"};
        QTest::addRow("nothing under an excluded directory can be re-included")
            << QStringList {".gitignore=out/\n!out/keep.txt", "out/keep.txt=", "in.txt="}
            << defaults << QStringList {".gitignore", "in.txt"}
            << QStringList {"out:ignored:.gitignore"};
        QTest::addRow(".git is never shared")
            << QStringList {".git/config=[core]", ".git/HEAD=ref", "src/.git/x=", "a.c="}
            << defaults << QStringList {"a.c"} << QStringList {".git:git", "src/.git:git"};
        QTest::addRow("binary files are left out")
            << QStringList {"logo.png=<binary>", "a.c=int", "empty="} << defaults
            << QStringList {"a.c", "empty"} << QStringList {"logo.png:binary"};
        QTest::addRow("a file over the size limit")
            << QStringList {"big.txt=123456", "small.txt=12345"} << limits(10, 5, 100)
            << QStringList {"small.txt"} << QStringList {"big.txt:too large"};
        QTest::addRow("files past the count limit, in walk order")
            << QStringList {"a=", "b=", "c/d=", "e="} << limits(2, 10, 100)
            << QStringList {"a", "b"} << QStringList {"c/d:too many", "e:too many"};
        QTest::addRow("the total size limit leaves out what does not fit, not what follows")
            << QStringList {"a=1234", "b=12345", "c=1"} << limits(10, 10, 6)
            << QStringList {"a", "c"} << QStringList {"b:total"};
        QTest::addRow("ignored and binary files cost no place in the limits")
            << QStringList {".gitignore=*.bin", "a.bin=", "b.png=<binary>", "c=1"}
            << limits(2, 10, 100) << QStringList {".gitignore", "c"}
            << QStringList {"a.bin:ignored:.gitignore", "b.png:binary"};
    }

    void scan()
    {
        QFETCH(QStringList, entries);
        QFETCH(ProjectLimits, limits);
        QFETCH(QStringList, shared);
        QFETCH(QStringList, leftOut);
        QTemporaryDir root;
        write(QDir(root.path()), entries);
        const std::optional<ProjectScan> scan = ProjectScan::scan(root.path(), limits);
        QVERIFY(scan);
        QCOMPARE(sharedPaths(*scan), shared);
        QCOMPARE(omissions(*scan), leftOut);
        qint64 total = 0;
        for (const ProjectScan::File &file : scan->files())
            total += file.bytes;
        QCOMPARE(scan->totalBytes(), total);
    }

    // Walked again with what is known: only what is new, the shared files counted in the limits.
    void rescanWithKnownPaths_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QStringList>("known");
        QTest::addColumn<ProjectLimits>("limits");
        QTest::addColumn<QStringList>("shared");
        QTest::addColumn<QStringList>("leftOut");
        QTest::addColumn<QStringList>("directories");
        const ProjectLimits defaults;
        QTest::addRow("only the new files, in a new folder too")
            << QStringList {"a.c=a", "b.c=b", "lib/x.h=x"} << QStringList {"a.c"} << defaults
            << QStringList {"b.c", "lib/x.h"} << QStringList {} << QStringList {"", "lib"};
        QTest::addRow("a known binary file is not read or named again")
            << QStringList {"logo.png=<binary>", "new.png=<binary>"} << QStringList {"logo.png"}
            << defaults << QStringList {} << QStringList {"new.png:binary"} << QStringList {""};
        QTest::addRow("the shared files count against the file limit")
            << QStringList {"a=", "b=", "n1=", "n2="} << QStringList {"a", "b"}
            << limits(3, 10, 100) << QStringList {"n1"} << QStringList {"n2:too many"}
            << QStringList {""};
        QTest::addRow("an ignored folder is not walked")
            << QStringList {".gitignore=out/", "out/o.txt=", "n.txt="} << QStringList {".gitignore"}
            << defaults << QStringList {"n.txt"} << QStringList {"out:ignored:.gitignore"}
            << QStringList {""};
    }
    void rescanWithKnownPaths()
    {
        QFETCH(QStringList, entries);
        QFETCH(QStringList, known);
        QFETCH(ProjectLimits, limits);
        QFETCH(QStringList, shared);
        QFETCH(QStringList, leftOut);
        QFETCH(QStringList, directories);
        QTemporaryDir root;
        write(QDir(root.path()), entries);
        ProjectScan::Known before {QSet<QString>(known.cbegin(), known.cend())};
        before.files = known.size();
        const std::optional<ProjectScan> scan = ProjectScan::scan(root.path(), limits, before);
        QVERIFY(scan);
        QCOMPARE(sharedPaths(*scan), shared);
        QCOMPARE(omissions(*scan), leftOut);
        QCOMPARE(scan->directories(), directories);
        QCOMPARE(scan->knownFound(), known);
    }

    void symbolicLinksAreNotFollowed()
    {
        QTemporaryDir outside;
        write(QDir(outside.path()), {"secret.txt=password"});
        QTemporaryDir root;
        const QDir dir(root.path());
        write(dir, {"a/file.txt=x"});
        QVERIFY(QFile::link(outside.filePath("secret.txt"), dir.filePath("leak.txt")));
        QVERIFY(QFile::link(outside.path(), dir.filePath("elsewhere")));
        QVERIFY(QFile::link(root.path(), dir.filePath("a/loop")));
        const std::optional<ProjectScan> scan = ProjectScan::scan(root.path());
        QVERIFY(scan);
        QCOMPARE(sharedPaths(*scan), QStringList {"a/file.txt"});
        QCOMPARE(omissions(*scan),
                 (QStringList {"a/loop:symlink", "elsewhere:symlink", "leak.txt:symlink"}));
        QCOMPARE(scan->count(Reason::SymbolicLink), 3);
    }

    void unreadableEntriesAreReported()
    {
        if (::geteuid() == 0)
            QSKIP("root reads files whatever their permissions");
        QTemporaryDir root;
        const QDir dir(root.path());
        write(dir, {"locked.txt=x", "closed/inside.txt=y", "open.txt=z"});
        QVERIFY(QFile::setPermissions(dir.filePath("locked.txt"), {}));
        QVERIFY(QFile::setPermissions(dir.filePath("closed"), {}));
        const std::optional<ProjectScan> scan = ProjectScan::scan(root.path());
        QFile::setPermissions(dir.filePath("closed"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(scan);
        QCOMPARE(sharedPaths(*scan), QStringList {"open.txt"});
        QCOMPARE(omissions(*scan), (QStringList {"closed:unreadable", "locked.txt:unreadable"}));
    }

    void aMissingRootIsNoFolder()
    {
        QTemporaryDir root;
        QVERIFY(!ProjectScan::scan(root.filePath("missing")));
        write(QDir(root.path()), {"file.txt=x"});
        QVERIFY(!ProjectScan::scan(root.filePath("file.txt")));
    }
};

QTEST_GUILESS_MAIN(TestProjectScan)
#include "tst_projectscan.moc"
