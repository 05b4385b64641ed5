/*
 * version.h — the one version string of ptrail and ptraild: both print it
 * for --version. Change it here, once, for a release.
 */
#ifndef PTRAIL_VERSION_H
#define PTRAIL_VERSION_H

#define PTRAIL_VERSION "0.1.0"

#endif
