// `ensemble --serve` with the shared store but without the GUI parts, so the cluster tests need
// only the net and cluster libraries; the same start-up code as app/main.cpp's.
#include "ClusterRoomJournal.h"
#include "server/HeadlessServer.h"

int main(int argc, char *argv[])
{
    return ensemble::HeadlessServer::run(argc, argv, &ensemble::ClusterRoomJournal::make);
}
