// The C libraries Safehold uses to decode avatar images: libpng and libjpeg (libjpeg-turbo on Debian).
#include <stdio.h>
#include <png.h>
#include <jpeglib.h>
