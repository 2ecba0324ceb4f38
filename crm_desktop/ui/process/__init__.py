"""The tabs of the "Between meetings" section, one small module each."""
