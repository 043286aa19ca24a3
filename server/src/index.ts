import register from './register';
import bootstrap from './bootstrap';
import contentTypes from './content-types';

export default {
  register,
  bootstrap,
  contentTypes,
};
