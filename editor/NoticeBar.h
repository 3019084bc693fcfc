#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace ensemble {

// A strip above the editor that tells the user something about the document they must not
// miss (how it was decoded, why it cannot be saved), with optional actions.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    // Replaces any current notice. Actions appear as buttons; triggering one dismisses the bar.
    void showNotice(const QString &message, const QList<QAction *> &actions = {});
    void dismiss();
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QLabel *m_label;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
};

} // namespace ensemble
