#pragma once

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hubdesk {

class ImportWizard;

// Step 5 of the import: the import itself, beside the window, with a progress bar and
// Stop (a stopped import writes nothing). Goes on to the summary when it is done;
// stays, saying why, when it failed or was stopped.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);

    QPushButton *stopButton() const { return m_stop; }
    QString statusText() const;
    bool isRunning() const { return m_running; }

    void initializePage() override;
    bool isComplete() const override;

signals:
    void finished(bool imported);

private:
    ImportWizard *m_wizard;
    bool m_running = false;
    QElapsedTimer m_timer; // the import's time, for the summary
    bool m_imported = false;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace hubdesk
