#pragma once

#include <QLockFile>
#include <QObject>

namespace ensemble {

class DocumentTab;

// Keeps the files of an interrupted room (InterruptedRoom) while its text is open in a tab as
// unsaved changes: they go once the tab is saved or closed, and stay, to be offered again at the
// next start, if the app stops before that. Their lock keeps other Ensembles away meanwhile.
class RecoveredDocument : public QObject
{
    Q_OBJECT

public:
    // A child of tab.
    RecoveredDocument(DocumentTab &tab, const QString &directory);
    ~RecoveredDocument() override;

private:
    QString m_directory;
    QLockFile m_lock;
};

} // namespace ensemble
