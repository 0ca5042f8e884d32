print("safehold-train: being written")
